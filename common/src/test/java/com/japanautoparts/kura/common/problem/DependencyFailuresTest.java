package com.japanautoparts.kura.common.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

class DependencyFailuresTest {

    @Test
    void aConnectionFailureWrappedByPersistenceAndTransactionLayersIsUnavailable() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException("refused"));
        RuntimeException hibernate = new RuntimeException("Unable to acquire JDBC Connection", refused);
        assertTrue(DependencyFailures.isUnavailable(new IllegalStateException("commit failed", hibernate)));
    }

    @Test
    void aRestartingOrShuttingDownDatabaseIsUnavailable() {
        assertTrue(DependencyFailures.isUnavailable(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DependencyFailures.isUnavailable(new RuntimeException(new SQLException("the database system is starting up", "57P03"))));
        assertTrue(DependencyFailures.isUnavailable(new RuntimeException(new SQLException("too many clients", "53300"))));
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsUnavailable() {
        assertTrue(DependencyFailures.isUnavailable(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DependencyFailures.isUnavailable(new RuntimeException(new SQLTransientConnectionException("closed"))));
    }

    @Test
    void aChainedNextExceptionCounts() {
        SQLException batch = new SQLException("Batch entry 0 failed", "XX000");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertTrue(DependencyFailures.isUnavailable(new RuntimeException(batch)));
    }

    @Test
    void theServicesOwnFailuresAreNot() {
        assertFalse(DependencyFailures.isUnavailable(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DependencyFailures.isUnavailable(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertFalse(DependencyFailures.isUnavailable(new NullPointerException()));
        assertFalse(DependencyFailures.isUnavailable(new SQLException("no state")));
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DependencyFailures.isUnavailable(a));
    }
}
