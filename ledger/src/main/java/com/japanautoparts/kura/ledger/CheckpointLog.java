package com.japanautoparts.kura.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * This service's checkpoints ({@code ledger_checkpoint}, append-only) and which of them its witness confirmed
 * ({@code ledger_checkpoint_witnessed}), in the service's own database, through the datasource in the caller's
 * transaction.
 */
@ApplicationScoped
@Transactional
public class CheckpointLog {

    private static final String COLUMNS = "c.id, c.ledger, c.position, c.hash, c.at, c.previous, c.key_id, c.signature, w.witnessed_at";
    private static final String FROM = " from ledger_checkpoint c left join ledger_checkpoint_witnessed w on w.checkpoint_id = c.id";

    private final DataSource dataSource;

    public CheckpointLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the transaction-scoped lock that serialises signing (also across instances of the service), so that no two
     * checkpoints name the same previous one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForSigning() {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("select pg_advisory_xact_lock(hashtext('kura-ledger-checkpoint'))");
        } catch (SQLException e) {
            throw failure("Locking the checkpoint log", e);
        }
    }

    /** The newest checkpoint (the highest id). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LoggedCheckpoint> newest() {
        List<LoggedCheckpoint> newest = query("select " + COLUMNS + FROM + " order by c.id desc limit 1");
        return newest.stream().findFirst();
    }

    public LoggedCheckpoint append(Checkpoint checkpoint) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into ledger_checkpoint (ledger, position, hash, at, previous, key_id, signature, digest)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            insert.setString(1, checkpoint.ledger());
            insert.setLong(2, checkpoint.position());
            insert.setString(3, checkpoint.hash());
            insert.setObject(4, checkpoint.at().atOffset(ZoneOffset.UTC));
            insert.setString(5, checkpoint.previous());
            insert.setString(6, checkpoint.keyId());
            insert.setString(7, checkpoint.signature());
            insert.setString(8, checkpoint.digest());
            try (ResultSet id = insert.executeQuery()) {
                id.next();
                return new LoggedCheckpoint(id.getLong(1), checkpoint, null);
            }
        } catch (SQLException e) {
            throw failure("Writing a checkpoint", e);
        }
    }

    /** Records that the witness keeps the checkpoint (once; a second confirmation changes nothing). */
    public void witnessed(long id, Instant at) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into ledger_checkpoint_witnessed (checkpoint_id, witnessed_at) values (?, ?) on conflict do nothing")) {
            insert.setLong(1, id);
            insert.setObject(2, at.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("Recording a witnessed checkpoint", e);
        }
    }

    /** The checkpoints the witness has not confirmed, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoggedCheckpoint> unwitnessed() {
        return query("select " + COLUMNS + FROM + " where w.checkpoint_id is null order by c.id");
    }

    /** Checkpoints after a row id, oldest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoggedCheckpoint> after(long id, int limit) {
        return query("select " + COLUMNS + FROM + " where c.id > ? order by c.id limit ?", id, limit);
    }

    /** The checkpoints at or after a position, lowest position first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LoggedCheckpoint> covering(long position, int limit) {
        return query("select " + COLUMNS + FROM + " where c.position >= ? order by c.position, c.id limit ?", position, limit);
    }

    private List<LoggedCheckpoint> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<LoggedCheckpoint> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime witnessed = rs.getObject(9, OffsetDateTime.class);
                    rows.add(new LoggedCheckpoint(rs.getLong(1), new Checkpoint(rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8)),
                            witnessed == null ? null : witnessed.toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure("Reading the checkpoint log", e);
        }
    }

    /** The SQL state only: messages can quote stored values. */
    static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what + " failed: SQL state " + e.getSQLState(), e);
    }
}
