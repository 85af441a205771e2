package com.japanautoparts.kura.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;

/**
 * Makes a request fail late, once: the next transaction that inserted rows into a given table fails at its commit,
 * after the request was validated, the service's logic ran and its writes reached PostgreSQL (Hibernate is flushed
 * first), so the request answers with a 5xx. A test then shows that no row of it survives. Arm it with
 * {@link #failNextInsertInto(String)}; every other transaction passes untouched, the service's background writers too
 * (an access log's flush, a data-subject request's retry), which could otherwise take the failure meant for the request. Used by each service's
 * {@code NoWriteSurvivesFailureTest}; a bean of this test module, so never part of a service's build.
 */
@Singleton
public class LateFailure {

    /** The table whose next inserting transaction fails; null when disarmed. */
    private static final AtomicReference<String> ARMED = new AtomicReference<>();
    private static final AtomicInteger FIRED = new AtomicInteger();

    private final Instance<EntityManager> entityManager;
    private final Instance<DataSource> dataSource;
    private final TransactionManager transactions;

    public LateFailure(Instance<EntityManager> entityManager, Instance<DataSource> dataSource, TransactionManager transactions) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** The next transaction that inserts into the table fails at its commit. */
    public static void failNextInsertInto(String table) {
        FIRED.set(0);
        ARMED.set(table);
    }

    /** How many transactions were failed since {@link #failNextInsertInto(String)} (1 once it fired). */
    public static int fired() {
        return FIRED.get();
    }

    public static void disarm() {
        ARMED.set(null);
    }

    /** Right before the commit: the transaction's work is done; flush it, and if it inserted into the table, let the commit fail. */
    void beforeCommit(@Observes @BeforeDestroyed(TransactionScoped.class) Object transaction) throws SystemException {
        String table = ARMED.get();
        if (table == null) {
            return;
        }
        if (entityManager.isResolvable()) {
            entityManager.get().flush();
        }
        if (inserted(table) && ARMED.compareAndSet(table, null)) {
            FIRED.incrementAndGet();
            transactions.setRollbackOnly();
        }
    }

    /** PostgreSQL counts the current transaction's inserts per table (pg_stat_xact_user_tables) until it ends. */
    private boolean inserted(String table) {
        try (Connection connection = dataSource.get().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select coalesce(sum(n_tup_ins), 0) > 0 from pg_stat_xact_user_tables where relname = ?")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask PostgreSQL whether the transaction inserted into " + table, e);
        }
    }
}
