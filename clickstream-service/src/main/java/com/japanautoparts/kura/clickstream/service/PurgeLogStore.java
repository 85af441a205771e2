package com.japanautoparts.kura.clickstream.service;

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

import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;

/** The {@code purge_record} table: one row per category and purge (category and count, never anything about anyone). */
@ApplicationScoped
@Transactional
public class PurgeLogStore {

    private static final String INSERT = "insert into purge_record (category, purged_count, cutoff, purged_at, trigger, actor)"
            + " values (?, ?, ?, ?, ?, ?)";
    private static final String LATEST = "select category, purged_count, cutoff, purged_at, trigger, actor from purge_record"
            + " order by purged_at desc, id desc limit ?";

    private final DataSource dataSource;

    public PurgeLogStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(List<PurgeLogEntry> entries) {
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
