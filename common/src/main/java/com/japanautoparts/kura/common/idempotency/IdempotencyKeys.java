package com.japanautoparts.kura.common.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionQueries;

/**
 * The table {@code idempotency_record} (kura-common's migration V0.2.1), in the caller's transaction: one row per caller,
 * endpoint and key, with a hash of the request and the first response's status and {@code Location} path. A service that
 * opts in adds {@link #retention()} to its retention plan; an erasure removes a subject's keys ({@link #forget}).
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The retention category of the keys (not personal data: a hash, a status, a path; see common/README.md). */
    public static final String CATEGORY = "system.operations (idempotency keys)";

    private final DataSource dataSource;
    private final RetentionQueries queries;
    private final IdempotencyConfig config;
    private final Clock clock;

    public IdempotencyKeys(DataSource dataSource, RetentionQueries queries, IdempotencyConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.queries = queries;
        this.config = config;
        this.clock = clock;
    }

    /** The keys' retention category: purged once they expire (kura.idempotency.expiry), a held subject's too. */
    public RetentionCategory retention() {
        return RetentionCategory.of(CATEGORY, config.expiry(),
                queries.rows("idempotency_record", "select id from idempotency_record where created_at < :cutoff"));
    }

    /** Removes every key recorded for writes about the subject (an erasure). Returns how many went. */
    public int forget(String subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from idempotency_record where subject = ?")) {
            delete.setString(1, subject);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency keys could not be removed: SQL state " + e.getSQLState(), e);
        }
    }

    /**
     * Takes the key for the current transaction: false when another transaction holds it (a duplicate in flight). A
     * transaction-scoped advisory lock: released at commit or rollback, and by PostgreSQL when a killed service's
     * connection goes, so a key is never stuck.
     */
    boolean lock(String caller, String scope, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, caller + '\n' + scope + '\n' + key);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** The first response under this key, while it has not expired. */
    Optional<IdempotencyRecord> find(String caller, String scope, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement("select request_hash, status, location from idempotency_record"
                        + " where caller = ? and scope = ? and idem_key = ? and created_at >= ?")) {
            find.setString(1, caller);
            find.setString(2, scope);
            find.setString(3, key);
            find.setObject(4, oldestLive());
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? Optional.of(new IdempotencyRecord(rs.getString(1), rs.getInt(2), rs.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Records the first response, replacing an expired row under the same key. */
    void save(String caller, String scope, String key, String subject, IdempotencyRecord first) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement expired = connection.prepareStatement(
                        "delete from idempotency_record where caller = ? and scope = ? and idem_key = ?");
                PreparedStatement insert = connection.prepareStatement("insert into idempotency_record"
                        + " (caller, scope, idem_key, subject, request_hash, status, location, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            expired.setString(1, caller);
            expired.setString(2, scope);
            expired.setString(3, key);
            expired.executeUpdate();
            insert.setString(1, caller);
            insert.setString(2, scope);
            insert.setString(3, key);
            if (subject == null) {
                insert.setNull(4, Types.VARCHAR);
            } else {
                insert.setString(4, subject);
            }
            insert.setString(5, first.requestHash());
            insert.setInt(6, first.status());
            insert.setString(7, first.location());
            insert.setObject(8, Instant.now(clock).atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private Object oldestLive() {
        return Instant.now(clock).atOffset(ZoneOffset.UTC).minus(config.expiry());
    }

    private static IllegalStateException failed(SQLException e) {
        // The SQL state only: messages can quote stored values. The cause stays, so a connection failure is still a 503.
        return new IllegalStateException("Idempotency keys could not be read or written: SQL state " + e.getSQLState(), e);
    }
}
