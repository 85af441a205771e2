package com.japanautoparts.kura.clickstream.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.clickstream.api.FeatureStatDto;
import com.japanautoparts.kura.clickstream.api.PageStatDto;

/** Visits and dwell time per page and feature per UTC day: the daily aggregates, plus raw events not rolled up yet. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsService {

    /** The most rows one answer holds. */
    public static final int MAX_ROWS = 5000;

    private static final String PAGES = """
            select day, path, sum(views), sum(sessions), sum(dwell_ms), sum(dwell_count) from (
              select (occurred_at at time zone 'UTC')::date as day, path, count(*) as views, count(distinct pseudonym) as sessions,
                     coalesce(sum(duration_ms), 0) as dwell_ms, count(duration_ms) as dwell_count
                from click_event e where kind = 'PAGE_VIEW' and occurred_at >= ? and occurred_at < ? and %s group by 1, 2
              union all
              select day, path, views, sessions, dwell_ms, dwell_count from page_daily where day >= ? and day < ?
            ) s group by day, path order by day, path limit ?""".formatted(DailyRollUp.NOT_ROLLED_UP);

    private static final String FEATURES = """
            select day, feature, sum(uses), sum(sessions), sum(duration_ms), sum(duration_count) from (
              select (occurred_at at time zone 'UTC')::date as day, feature, count(*) as uses, count(distinct pseudonym) as sessions,
                     coalesce(sum(duration_ms), 0) as duration_ms, count(duration_ms) as duration_count
                from click_event e where kind = 'FEATURE_USED' and occurred_at >= ? and occurred_at < ? and %s group by 1, 2
              union all
              select day, feature, uses, sessions, duration_ms, duration_count from feature_daily where day >= ? and day < ?
            ) s group by day, feature order by day, feature limit ?""".formatted(DailyRollUp.NOT_ROLLED_UP);

    private final DataSource dataSource;

    public StatsService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Pages from the first to the last day, both included. */
    public List<PageStatDto> pages(LocalDate from, LocalDate to) {
        List<PageStatDto> stats = new ArrayList<>();
        query(PAGES, from, to, rs -> stats.add(new PageStatDto(rs.getObject(1, LocalDate.class), rs.getString(2),
                rs.getLong(3), rs.getLong(4), average(rs.getLong(5), rs.getLong(6)))));
        return stats;
    }

    /** Features from the first to the last day, both included. */
    public List<FeatureStatDto> features(LocalDate from, LocalDate to) {
        List<FeatureStatDto> stats = new ArrayList<>();
        query(FEATURES, from, to, rs -> stats.add(new FeatureStatDto(rs.getObject(1, LocalDate.class), rs.getString(2),
                rs.getLong(3), rs.getLong(4), average(rs.getLong(5), rs.getLong(6)))));
        return stats;
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, LocalDate from, LocalDate to, RowReader reader) {
        LocalDate end = to.plusDays(1);
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, from.atStartOfDay().atOffset(ZoneOffset.UTC));
            query.setObject(2, end.atStartOfDay().atOffset(ZoneOffset.UTC));
            query.setObject(3, from);
            query.setObject(4, end);
            query.setInt(5, MAX_ROWS);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading statistics failed: SQL state " + e.getSQLState(), e);
        }
    }

    private static Long average(long total, long count) {
        return count == 0 ? null : Math.round((double) total / count);
    }
}
