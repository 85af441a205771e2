package com.japanautoparts.kura.disclosure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import com.japanautoparts.kura.testing.DatabaseRoles;

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

    /** As the owner: the service's own role may not create functions or triggers. */
    private static void run(String... statements) throws SQLException {
        try (Connection connection = DatabaseRoles.owner(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
