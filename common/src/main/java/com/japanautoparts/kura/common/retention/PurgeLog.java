package com.japanautoparts.kura.common.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.Config;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * A service's purge log: the {@code purge_record} table in its own schema (one row per category and purge: category
 * and count, never anything about anyone), and the {@code kura.retention.purged} counter (tags {@code service},
 * {@code category}, {@code trigger}). Every service's migrations create the table with a generated {@code id}.
 */
@ApplicationScoped
@Transactional
public class PurgeLog {

    /** The counter of purged rows. */
    public static final String METRIC = "kura.retention.purged";

    private static final String INSERT = "insert into purge_record (category, purged_count, cutoff, purged_at, trigger, actor)"
            + " values (?, ?, ?, ?, ?, ?)";
    private static final String LATEST = "select category, purged_count, cutoff, purged_at, trigger, actor from purge_record"
            + " order by purged_at desc, id desc limit ?";

    private final DataSource dataSource;
    private final MeterRegistry metrics;
    private final String service;

    public PurgeLog(DataSource dataSource, MeterRegistry metrics, Config config) {
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.service = config.getValue("quarkus.application.name", String.class);
    }

    /** Writes the entries in the caller's transaction (or a new one) and counts what they purged. */
    public void record(List<PurgeLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (PurgeLogEntry entry : entries) {
                insert.setString(1, entry.category());
                insert.setLong(2, entry.purgedCount());
                insert.setObject(3, entry.cutoff().atOffset(ZoneOffset.UTC));
                insert.setObject(4, entry.purgedAt().atOffset(ZoneOffset.UTC));
                insert.setString(5, entry.trigger().name());
                insert.setString(6, entry.actor());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the purge log failed: SQL state " + e.getSQLState(), e);
        }
        for (PurgeLogEntry entry : entries) {
            metrics.counter(METRIC, "service", service, "category", entry.category(), "trigger", entry.trigger().name())
                    .increment(entry.purgedCount());
            Log.infof("Retention purge (%s, %s): %d rows of %s before %s", entry.trigger(), entry.actor(), entry.purgedCount(),
                    entry.category(), entry.cutoff());
        }
    }

    /** The newest entries first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PurgeLogEntry> latest(int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(LATEST)) {
            select.setInt(1, limit);
            List<PurgeLogEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new PurgeLogEntry(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), PurgeTrigger.valueOf(rs.getString(5)), rs.getString(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the purge log failed: SQL state " + e.getSQLState(), e);
        }
    }
}
