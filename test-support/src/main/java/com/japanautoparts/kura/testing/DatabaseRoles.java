package com.japanautoparts.kura.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.Driver;

/**
 * Connections to the service's own database (its configured JDBC URL, so a test profile's schema too) as each of the
 * roles Kura deploys with: the application's login ({@code quarkus.datasource.username}, what the service itself can
 * do), the owner ({@code quarkus.flyway.username}, which runs the migrations and owns every object) and the cluster's
 * superuser ({@code kura.db.user}, bin/test's {@code postgres}). Tests stage with them what an attacker holding that
 * role could do, and what only an operator does (emptying a ledger for a test of its own).
 */
public final class DatabaseRoles {

    private DatabaseRoles() {
    }

    /** The service's own login: only the privileges its migrations grant it. */
    public static Connection application() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return connect(config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /** The owner of the schema and of everything in it. */
    public static Connection owner() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return connect(config.getValue("quarkus.flyway.username", String.class),
                config.getOptionalValue("quarkus.flyway.password", String.class).orElse(""));
    }

    /** The cluster's superuser (the test cluster trusts 127.0.0.1). */
    public static Connection superuser() throws SQLException {
        return connect(ConfigProvider.getConfig().getOptionalValue("kura.db.user", String.class).orElse("postgres"), "");
    }

    /**
     * What the application's role could rewrite in the service's schema: every privilege it holds to UPDATE, DELETE,
     * TRUNCATE or add a TRIGGER to a table an append-only trigger guards (a trigger function named {@code *_append_only}),
     * and everything it owns. Must stay empty: a ledger is insert-and-read for the service, whatever later migrations add.
     */
    public static List<String> whatTheApplicationCouldRewrite() throws SQLException {
        String app = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        List<String> found = new ArrayList<>();
        try (Connection connection = superuser(); PreparedStatement query = connection.prepareStatement("""
                select distinct c.relname || ': ' || p.privilege from pg_trigger t
                  join pg_class c on c.oid = t.tgrelid
                  join pg_proc f on f.oid = t.tgfoid
                  cross join (values ('UPDATE'), ('DELETE'), ('TRUNCATE'), ('TRIGGER')) p (privilege)
                 where c.relnamespace = current_schema()::regnamespace and not t.tgisinternal and f.proname like '%append_only'
                   and has_table_privilege(?, c.oid, p.privilege)
                union all
                select c.relname || ': owned' from pg_class c join pg_roles r on r.oid = c.relowner
                 where c.relnamespace = current_schema()::regnamespace and r.rolname = ?
                order by 1""")) {
            query.setString(1, app);
            query.setString(2, app);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static Connection connect(String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        return connection;
    }
}
