package com.japanautoparts.kura.common.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import javax.transaction.xa.XAException;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;

/**
 * Whether a failure is a dependency's, not this service's: the database unreachable, restarting or out of connections
 * (whatever wraps it: Hibernate, Agroal, a JTA commit), the identity provider or another service not answering. Such a
 * failure is a 503 with Retry-After (the caller may retry the same request), never a 500. Decided from the cause chain's
 * types and SQL states only, never from messages that could quote stored values (Agroal's acquisition timeout, which has
 * no SQL state, is recognised by its fixed text).
 */
public final class DependencyFailures {

    private DependencyFailures() {
    }

    /** True when {@code failure} or anything in its cause chain says a dependency is unavailable. */
    public static boolean isUnavailable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (unavailable(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.add(next); next = next.getNextException()) {
                    if (unavailable(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                || t instanceof SocketTimeoutException || t instanceof TimeoutException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof HeuristicMixedException || t instanceof HeuristicRollbackException
                || t instanceof jakarta.transaction.SystemException) {
            // One resource, and its commit's outcome unknown: the connection went while committing.
            return true;
        }
        if (t instanceof XAException xa && (xa.errorCode == XAException.XAER_RMFAIL || xa.errorCode == XAException.XA_RBCOMMFAIL)) {
            return true;
        }
        if (t instanceof SQLException sql) {
            return unavailableState(sql.getSQLState()) || acquisitionTimeout(sql.getMessage());
        }
        return false;
    }

    /**
     * SQL states of an unavailable database: class 08 (connection exception), 57P01-57P03 (admin or crash shutdown,
     * cannot connect now: starting up or shutting down) and 53300 (too many connections).
     */
    static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || SHUTDOWN_STATES.contains(state));
    }

    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private static boolean acquisitionTimeout(String message) {
        return message != null && (message.startsWith("Sorry, acquisition timeout") || message.startsWith("Acquisition timeout"));
    }
}
