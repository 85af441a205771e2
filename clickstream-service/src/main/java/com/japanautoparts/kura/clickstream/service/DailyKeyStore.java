package com.japanautoparts.kura.clickstream.service;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The table of daily keys (see {@link com.japanautoparts.kura.clickstream.domain.DailyKey}); each call commits on its own,
 * so a refused batch never loses a new key.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DailyKeyStore {

    /** Inserts a new key, or leaves the one another instance created first; either way returns the kept one. */
    private static final String LOAD_OR_CREATE = "insert into daily_key (day, key_bytes, created_at) values (?, ?, ?)"
            + " on conflict (day) do update set day = excluded.day returning key_bytes";

    private final SecureRandom random = new SecureRandom();
    private final DataSource dataSource;

    public DailyKeyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The key of the day, created (random 256 bits) by whichever instance asks first. */
    public byte[] loadOrCreate(LocalDate day, Instant now) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        try (Connection connection = dataSource.getConnection(); PreparedStatement upsert = connection.prepareStatement(LOAD_OR_CREATE)) {
            upsert.setObject(1, day);
            upsert.setBytes(2, key);
            upsert.setObject(3, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = upsert.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating the daily key failed: SQL state " + e.getSQLState(), e);
        }
    }

    public Optional<byte[]> find(LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select key_bytes from daily_key where day = ?")) {
            select.setObject(1, day);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a daily key failed: SQL state " + e.getSQLState(), e);
        }
    }

    /** How many keys of days before the given one are kept. */
    public long countBefore(LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from daily_key where day < ?")) {
            count.setObject(1, day);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting daily keys failed: SQL state " + e.getSQLState(), e);
        }
    }

    /** Deletes every key of a day before the given one: their pseudonyms become unlinkable. */
    public long deleteBefore(LocalDate day) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from daily_key where day < ?")) {
            delete.setObject(1, day);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting daily keys failed: SQL state " + e.getSQLState(), e);
        }
    }
}
