package com.japanautoparts.kura.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * Makes a request fail late, once: the next transaction that wrote to the database fails at its commit, after the
 * request was validated, the service's logic ran and its writes reached PostgreSQL (Hibernate is flushed first), so
 * the request answers with a 5xx. A test then shows that no row of it survives. Arm it with {@link #failNextWrite()};
 * transactions that wrote nothing (reads, legal-hold look-ups) pass untouched. Used by each service's
 * {@code NoWriteSurvivesFailureTest}; a bean of this test module, so never part of a service's build.
 */
@Singleton
public class LateFailure {

    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static final AtomicInteger FIRED = new AtomicInteger();

    private final Instance<EntityManager> entityManager;
    private final Instance<DataSource> dataSource;
    private final TransactionManager transactions;

    public LateFailure(Instance<EntityManager> entityManager, Instance<DataSource> dataSource, TransactionManager transactions) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** The next transaction that writes fails at its commit. */
    public static void failNextWrite() {
        FIRED.set(0);
        ARMED.set(true);
    }

    /** How many transactions were failed since {@link #failNextWrite()} (1 once it fired). */
    public static int fired() {
        return FIRED.get();
    }

    public static void disarm() {
        ARMED.set(false);
    }

    /** Right before the commit: the transaction's work is done; flush it, and if it wrote, let the commit fail. */
    void beforeCommit(@Observes @BeforeDestroyed(TransactionScoped.class) Object transaction) throws SystemException {
        if (!ARMED.get()) {
            return;
        }
        if (entityManager.isResolvable()) {
            entityManager.get().flush();
        }
        if (wrote() && ARMED.compareAndSet(true, false)) {
            FIRED.incrementAndGet();
            transactions.setRollbackOnly();
        }
    }

    /** PostgreSQL assigns a transaction id only once the transaction writes. */
    private boolean wrote() {
        try (Connection connection = dataSource.get().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select pg_current_xact_id_if_assigned() is not null")) {
            return result.next() && result.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask PostgreSQL whether the transaction wrote", e);
        }
    }
}
