package com.japanautoparts.kura.clickstream.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The daily roll-up: once a UTC day is closed (ingest refuses every instant of it), its raw events are added to the
 * daily aggregates (page views, feature uses, affiliate conversions) and the day is recorded in
 * {@code rolled_up_day} with the newest event included, all in one transaction. From then on statistics and
 * statements read the day from the aggregates; the raw events stay for their own retention period, and the
 * retention purge deletes only raw events a roll-up included ({@link ClickstreamRetentionPlan}).
 * <p>
 * A day is rolled up once, by one instance: the first to record it; another waits for that commit and leaves the
 * day alone. One statement over the whole day counts its distinct sessions exactly.
 */
@ApplicationScoped
public class DailyRollUp {

    /** The identity of the scheduled roll-up. */
    public static final String JOB = "clickstream-daily-roll-up";

    /**
     * SQL condition on a raw event {@code e}: not yet in the daily aggregates. Statistics and statements add these
     * raw events to the aggregates, so every event counts exactly once.
     */
    public static final String NOT_ROLLED_UP = "not exists (select 1 from rolled_up_day r"
            + " where r.day = (e.occurred_at at time zone 'UTC')::date and e.id <= r.last_event_id)";

    /**
     * Days with raw events before the first open day that are not rolled up, oldest first: one index probe per day
     * with events (a loose index scan), never a scan of the raw events themselves.
     */
    private static final String DAYS_TO_ROLL_UP = """
            with recursive event_days(day) as (
                select (min(occurred_at) at time zone 'UTC')::date from click_event where occurred_at < ?
              union all
                select (select (min(e.occurred_at) at time zone 'UTC')::date from click_event e
                         where e.occurred_at >= ((d.day + 1)::timestamp at time zone 'UTC') and e.occurred_at < ?)
                  from event_days d where d.day is not null
            )
            select day from event_days d where day is not null and not exists (select 1 from rolled_up_day r where r.day = d.day)
            order by day""";

    /** Records the day with its newest raw event; nothing when another instance recorded it first. */
    private static final String RECORD_DAY = """
            insert into rolled_up_day (day, last_event_id, rolled_up_at)
            select ?, coalesce(max(id), 0), ? from click_event where occurred_at >= ? and occurred_at < ?
            on conflict (day) do nothing returning last_event_id""";

    /**
     * Adds the page views (or feature uses) of the day's raw events up to the newest recorded to their daily table:
     * count, distinct sessions, total and count of durations per path (or feature). Filled in with the table, its key
     * and columns, and the event kind. Adds to rows already there (days partly rolled up by earlier versions).
     */
    private static final String DAILY_STATISTICS = """
            insert into %1$s (day, %2$s, %3$s, sessions, %4$s, %5$s)
            select ?, %2$s, count(*), count(distinct pseudonym), coalesce(sum(duration_ms), 0), count(duration_ms)
              from click_event where kind = '%6$s' and occurred_at >= ? and occurred_at < ? and id <= ? group by %2$s
            on conflict (day, %2$s) do update set %3$s = %1$s.%3$s + excluded.%3$s, sessions = %1$s.sessions + excluded.sessions,
              %4$s = %1$s.%4$s + excluded.%4$s, %5$s = %1$s.%5$s + excluded.%5$s""";

    private static final List<String> ROLL_UPS = List.of(
            DAILY_STATISTICS.formatted("page_daily", "path", "views", "dwell_ms", "dwell_count", "PAGE_VIEW"),
            DAILY_STATISTICS.formatted("feature_daily", "feature", "uses", "duration_ms", "duration_count", "FEATURE_USED"),
            """
            insert into conversion_daily (day, affiliate_code, currency, landing_path, conversions, sales, commission)
            select ?, affiliate_code, currency, coalesce(landing_path, ''), count(*), sum(order_total), sum(commission)
              from click_event where kind = 'CONVERSION' and affiliate_code is not null and occurred_at >= ? and occurred_at < ?
               and id <= ? group by 2, 3, 4
            on conflict (day, affiliate_code, currency, landing_path) do update set conversions = conversion_daily.conversions
              + excluded.conversions, sales = conversion_daily.sales + excluded.sales, commission = conversion_daily.commission
              + excluded.commission""");

    private final DataSource dataSource;
    private final Clock clock;

    public DailyRollUp(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Scheduled(identity = JOB, every = "${clickstream.roll-up.every:1h}", delayed = "${clickstream.roll-up.first-run-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRollUp() {
        rollUpClosedDays();
    }

    /** Rolls up every closed day not rolled up yet, oldest first, one transaction each; returns the days rolled up. */
    public List<LocalDate> rollUpClosedDays() {
        Instant now = clock.instant();
        List<LocalDate> rolledUp = new ArrayList<>();
        for (LocalDate day : daysToRollUp(firstOpenDay(now))) {
            long started = System.nanoTime();
            if (rollUp(day, now)) {
                rolledUp.add(day);
                Log.debugf("Raw events of %s rolled up in %d ms", day, (System.nanoTime() - started) / 1_000_000);
            }
        }
        return rolledUp;
    }

    /** The first day ingest may still receive events of: the days before it are closed. */
    static LocalDate firstOpenDay(Instant now) {
        return now.minus(IngestService.MAX_AGE).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private List<LocalDate> daysToRollUp(LocalDate firstOpen) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(DAYS_TO_ROLL_UP)) {
            query.setObject(1, startOf(firstOpen));
            query.setObject(2, startOf(firstOpen));
            List<LocalDate> days = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getObject(1, LocalDate.class));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new IllegalStateException("Finding days to roll up failed: SQL state " + e.getSQLState(), e);
        }
    }

    /** One day in one transaction; false when another instance rolled it up first. */
    private boolean rollUp(LocalDate day, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                long lastEventId;
                try (PreparedStatement record = connection.prepareStatement(RECORD_DAY)) {
                    record.setObject(1, day);
                    record.setObject(2, now.atOffset(ZoneOffset.UTC));
                    record.setObject(3, startOf(day));
                    record.setObject(4, startOf(day.plusDays(1)));
                    try (ResultSet rs = record.executeQuery()) {
                        if (!rs.next()) {
                            return false;
                        }
                        lastEventId = rs.getLong(1);
                    }
                }
                for (String sql : ROLL_UPS) {
                    try (PreparedStatement rollUp = connection.prepareStatement(sql)) {
                        rollUp.setObject(1, day);
                        rollUp.setObject(2, startOf(day));
                        rollUp.setObject(3, startOf(day.plusDays(1)));
                        rollUp.setLong(4, lastEventId);
                        rollUp.executeUpdate();
                    }
                }
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("Rolling up raw events failed: SQL state " + e.getSQLState(), e);
            }
        });
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
