package com.japanautoparts.kura.clickstream.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.clickstream.config.ClickstreamConfig;

import io.quarkus.logging.Log;

/**
 * Raw events live 90 days; then whole UTC days are rolled up into daily aggregates and deleted, in one
 * transaction. Raw clickstream is the data that goes first under storage pressure.
 */
@ApplicationScoped
public class RetentionService {

    /** Only one instance rolls up at a time, or aggregates would count twice. */
    private static final long LOCK = 0x6b7572615f637331L;

    private static final String PAGES = """
            insert into page_daily (day, path, views, sessions, dwell_ms, dwell_count)
            select (occurred_at at time zone 'UTC')::date, path, count(*), count(distinct pseudonym), coalesce(sum(duration_ms), 0), count(duration_ms)
              from click_event where kind = 'PAGE_VIEW' and occurred_at < ? group by 1, 2
            on conflict (day, path) do update set views = page_daily.views + excluded.views,
              sessions = page_daily.sessions + excluded.sessions, dwell_ms = page_daily.dwell_ms + excluded.dwell_ms,
              dwell_count = page_daily.dwell_count + excluded.dwell_count""";

    private static final String FEATURES = """
            insert into feature_daily (day, feature, uses, sessions, duration_ms, duration_count)
            select (occurred_at at time zone 'UTC')::date, feature, count(*), count(distinct pseudonym), coalesce(sum(duration_ms), 0), count(duration_ms)
              from click_event where kind = 'FEATURE_USED' and occurred_at < ? group by 1, 2
            on conflict (day, feature) do update set uses = feature_daily.uses + excluded.uses,
              sessions = feature_daily.sessions + excluded.sessions, duration_ms = feature_daily.duration_ms + excluded.duration_ms,
              duration_count = feature_daily.duration_count + excluded.duration_count""";

    private static final String CONVERSIONS = """
            insert into conversion_daily (day, affiliate_code, currency, landing_path, conversions, sales, commission)
            select (occurred_at at time zone 'UTC')::date, affiliate_code, currency, coalesce(landing_path, ''), count(*), sum(order_total), sum(commission)
              from click_event where kind = 'CONVERSION' and affiliate_code is not null and occurred_at < ? group by 1, 2, 3, 4
            on conflict (day, affiliate_code, currency, landing_path) do update set conversions = conversion_daily.conversions + excluded.conversions,
              sales = conversion_daily.sales + excluded.sales, commission = conversion_daily.commission + excluded.commission""";

    private final DataSource dataSource;
    private final Clock clock;
    private final ClickstreamConfig config;

    public RetentionService(DataSource dataSource, Clock clock, ClickstreamConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
    }

    /** The first UTC day whose raw events are kept. */
    public LocalDate firstRawDay() {
        return clock.instant().minus(config.retention().rawEvents()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Rolls up and deletes raw events of days before the retention period; returns how many were deleted. */
    @Transactional
    public long purgeRawEvents() {
        OffsetDateTime cutoff = firstRawDay().atStartOfDay().atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                lock.setLong(1, LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        Log.debug("Another instance is purging raw events");
                        return 0;
                    }
                }
            }
            for (String rollUp : new String[] { PAGES, FEATURES, CONVERSIONS }) {
                try (PreparedStatement statement = connection.prepareStatement(rollUp)) {
                    statement.setObject(1, cutoff);
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from click_event where occurred_at < ?")) {
                delete.setObject(1, cutoff);
                int deleted = delete.executeUpdate();
                Log.debugf("Rolled up and deleted %d raw events before %s", deleted, cutoff);
                return deleted;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Purging raw events failed: SQL state " + e.getSQLState(), e);
        }
    }
}
