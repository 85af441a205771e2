package com.japanautoparts.kura.consent;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.japanautoparts.kura.testing.DatabaseRoles;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The attacks on the consent chain break it on purpose, and checkpoints sign its head: these tests run against a schema
 * of their own, created afresh at start, and {@link #freshLedger} empties it before each test.
 */
public class ChainProfile implements QuarkusTestProfile {

    static final String SCHEMA = "consent_chain_test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://${kura.db.host:127.0.0.1}:${kura.db.port:55432}/consent?currentSchema=" + SCHEMA,
                "quarkus.flyway.schemas", SCHEMA,
                "quarkus.flyway.clean-at-start", "true");
    }

    /**
     * An empty ledger, chain, checkpoint log and subject list, as on a new installation. Only a superuser can do this (the
     * guards are switched off for the session), and only in this profile's schema.
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
                sql.execute("truncate consent_record_removal, consent_chain, consent_record, consent_subject, policy_acknowledgement,"
                        + " purge_record, ledger_checkpoint_witnessed, ledger_checkpoint, witnessed_checkpoint");
                sql.executeUpdate("update consent_chain_head set last_position = 0, last_hash = repeat('0', 64)");
            } finally {
                sql.execute("set session_replication_role = origin");
            }
        }
    }
}
