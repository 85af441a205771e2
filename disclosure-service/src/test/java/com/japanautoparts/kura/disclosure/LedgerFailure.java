package com.japanautoparts.kura.disclosure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/** Makes every insert into the ledger fail until closed: a real database failure, not a mock. */
final class LedgerFailure implements AutoCloseable {

    private LedgerFailure() {
    }

    static LedgerFailure start() throws SQLException {
        run("""
                create or replace function ledger_test_failure() returns trigger language plpgsql as $$
                begin raise exception 'simulated ledger failure'; end $$""",
                "create trigger ledger_test_failure before insert on ledger_entry for each row execute function ledger_test_failure()");
        return new LedgerFailure();
    }

    @Override
    public void close() throws SQLException {
        run("drop trigger ledger_test_failure on ledger_entry", "drop function ledger_test_failure()");
    }

    private static void run(String... statements) throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
