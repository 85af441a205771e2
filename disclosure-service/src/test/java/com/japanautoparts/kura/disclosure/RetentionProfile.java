package com.japanautoparts.kura.disclosure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.japanautoparts.kura.testing.DatabaseRoles;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Retention tests need the whole ledger chain to themselves: a purge only ever removes the oldest rows, so rows
 * other tests write "now" would stop it; the attacks on the ledger ({@code LedgerAttackTest}) break it on purpose. This
 * profile runs the service against its own schema, created afresh at start, and {@link #freshLedger} empties it before
 * each test.
 */
public class RetentionProfile implements QuarkusTestProfile {

    static final String SCHEMA = "retention_test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://${kura.db.host:127.0.0.1}:${kura.db.port:55432}/disclosure?currentSchema=" + SCHEMA,
                "quarkus.flyway.schemas", SCHEMA,
                "quarkus.flyway.clean-at-start", "true");
    }

    /**
     * Starts the test with an empty ledger, checkpoint log, purge log, hold and case tables, as on a new installation.
     * Only a superuser can do this (the guards are switched off for the session), and only in this profile's schema.
     */
    static void freshLedger() throws SQLException {
        try (Connection connection = DatabaseRoles.superuser(); Statement sql = connection.createStatement()) {
            try (ResultSet schema = sql.executeQuery("select current_schema()")) {
                schema.next();
                if (!SCHEMA.equals(schema.getString(1))) {
                    throw new IllegalStateException("Refusing to empty schema " + schema.getString(1));
                }
            }
            sql.execute("set session_replication_role = replica");
            try {
                sql.execute("truncate ledger_entry, purge_record, legal_hold_event, legal_hold_subject, legal_hold, disclosure_case,"
                        + " change_notice, received_change, ledger_checkpoint_witnessed, ledger_checkpoint, witnessed_checkpoint");
                sql.executeUpdate("update ledger_head set last_id = 0, last_hash = repeat('0', 64)");
                sql.executeUpdate("update ledger_anchor set last_purged_id = 0, last_purged_hash = repeat('0', 64), "
                        + "last_purged_at = null, purged_count = 0");
            } finally {
                sql.execute("set session_replication_role = origin");
            }
        }
    }
}
