package com.japanautoparts.kura.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * The checkpoints this service keeps of the other service's ledger ({@code witnessed_checkpoint}, append-only). It keeps
 * a checkpoint only when the other ledger's key signed it, and when it extends the newest one kept (names its digest as
 * previous, and neither its position nor its time goes back): a rewritten ledger cannot have a new head witnessed.
 */
@ApplicationScoped
@Transactional
public class WitnessStore {

    /** Kept now ({@code true}), or kept already. */
    public record Kept(boolean now, Checkpoint checkpoint, Instant receivedAt) {
    }

    private static final String COLUMNS = "ledger, position, hash, at, previous, key_id, signature, received_at";

    private final DataSource dataSource;
    private final CheckpointSigner signer;
    private final LedgerConfig config;
    private final Clock clock;

    public WitnessStore(DataSource dataSource, CheckpointSigner signer, LedgerConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.signer = signer;
        this.config = config;
        this.clock = clock;
    }

    /** Keeps the checkpoint of the witnessed ledger; 404 for another ledger, 422 for a bad signature, 409 when it does not extend the newest. */
    public Kept keep(String ledger, Checkpoint checkpoint) {
        requireWitnessed(ledger);
        if (!ledger.equals(checkpoint.ledger())) {
            throw ProblemException.unprocessable("The checkpoint is of another ledger than the path names");
        }
        if (!signer.signedByWitnessedLedger(checkpoint)) {
            Log.errorf("A checkpoint of the %s ledger (position %d) does not verify with its public key: not kept", ledger,
                    checkpoint.position());
            throw ProblemException.unprocessable("The checkpoint's signature does not verify with the public key of the " + ledger
                    + " ledger: not kept");
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "kura-ledger-witness:" + ledger);
                lock.execute();
            }
            Optional<Kept> same = one(connection, "select " + COLUMNS + " from witnessed_checkpoint where digest = ?", checkpoint.digest());
            if (same.isPresent()) {
                return same.get();
            }
            Optional<Kept> newest = newest(connection, ledger);
            if (newest.isPresent()) {
                Checkpoint last = newest.get().checkpoint();
                if (!last.digest().equals(checkpoint.previous()) || checkpoint.position() < last.position()
                        || checkpoint.at().isBefore(last.at())) {
                    Log.errorf("A checkpoint of the %s ledger (position %d) does not extend the newest one kept (position %d): not kept",
                            ledger, checkpoint.position(), last.position());
                    throw ProblemException.conflict("The checkpoint does not extend the newest checkpoint kept of the " + ledger
                            + " ledger (position " + last.position() + "): not kept");
                }
            }
            Instant now = Instant.now(clock);
            try (PreparedStatement insert = connection.prepareStatement("insert into witnessed_checkpoint (" + COLUMNS
                    + ", digest) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, checkpoint.ledger());
                insert.setLong(2, checkpoint.position());
                insert.setString(3, checkpoint.hash());
                insert.setObject(4, checkpoint.at().atOffset(ZoneOffset.UTC));
                insert.setString(5, checkpoint.previous());
                insert.setString(6, checkpoint.keyId());
                insert.setString(7, checkpoint.signature());
                insert.setObject(8, now.atOffset(ZoneOffset.UTC));
                insert.setString(9, checkpoint.digest());
                insert.executeUpdate();
            }
            return new Kept(true, checkpoint, now);
        } catch (SQLException e) {
            throw CheckpointLog.failure("Keeping a witnessed checkpoint", e);
        }
    }

    /** The newest checkpoint kept of the witnessed ledger; 404 for another ledger. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Kept> newest(String ledger) {
        requireWitnessed(ledger);
        try (Connection connection = dataSource.getConnection()) {
            return newest(connection, ledger);
        } catch (SQLException e) {
            throw CheckpointLog.failure("Reading the witnessed checkpoints", e);
        }
    }

    private void requireWitnessed(String ledger) {
        if (!config.witness().ledger().equals(ledger)) {
            throw ProblemException.notFound("This service witnesses no ledger of that name");
        }
    }

    private static Optional<Kept> newest(Connection connection, String ledger) throws SQLException {
        return one(connection, "select " + COLUMNS + " from witnessed_checkpoint where ledger = ? order by id desc limit 1", ledger);
    }

    private static Optional<Kept> one(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Kept(false, new Checkpoint(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7)),
                        rs.getObject(8, OffsetDateTime.class).toInstant()));
            }
        }
    }
}
