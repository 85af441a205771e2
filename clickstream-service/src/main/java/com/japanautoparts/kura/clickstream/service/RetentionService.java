package com.japanautoparts.kura.clickstream.service;

import static com.japanautoparts.kura.common.retention.BatchedDelete.inBatches;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.clickstream.config.ClickstreamConfig;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeLog;
import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionSchedule;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The retention schedule of clickstream-service (the README gives the reason for each period). Raw events of whole
 * UTC days past their period are rolled up into the daily aggregates and deleted; daily statistics, daily affiliate
 * conversions and daily pseudonym keys are deleted after theirs. Every category goes in short transactions and is
 * recorded in the purge log and the {@code kura.retention.purged} counter.
 * <p>
 * Legal holds are not asked about: a hold names subjects, and nothing here is linked to anyone (events carry only
 * session pseudonyms under daily keys; aggregates and keys carry none), so no row could belong to a held subject.
 * <p>
 * Storage pressure shortens only the raw-event period: raw clickstream is the least-needed data of the platform,
 * the aggregates are small, and keys already live no longer than attribution needs.
 */
@ApplicationScoped
public class RetentionService implements RetentionSchedule {

    public static final String RAW_EVENTS = "raw clickstream events";
    public static final String DAILY_STATISTICS = "daily page and feature statistics";
    public static final String COMMISSION_BASIS = "daily affiliate conversions";
    public static final String PSEUDONYM_KEYS = "daily pseudonym keys";

    /** Only one instance rolls up at a time (each batch takes it), or a session could be counted twice. */
    private static final long LOCK = 0x6b7572615f637331L;
    /** Raw events of a day are split by the first two bytes of their pseudonym (uniform: an HMAC). */
    private static final int BUCKETS = 1 << 16;

    private static final String EXPIRED_RAW_EVENTS = "select count(*) from click_event where occurred_at < ?";
    private static final String OLDEST_RAW_EVENT = "select min(occurred_at) from click_event where occurred_at < ?";
    private static final String RAW_EVENTS_OF_DAY = "select count(*) from click_event where occurred_at >= ? and occurred_at < ?";

    /**
     * Adds the page views (or feature uses) of a batch to their daily table: count, distinct sessions, total and count
     * of durations per day and path (or feature). Filled in with the table, its key and columns, and the event kind.
     */
    private static final String DAILY_ROLL_UP = """
              insert into %1$s (day, %2$s, %3$s, sessions, %4$s, %5$s)
              select (occurred_at at time zone 'UTC')::date, %2$s, count(*), count(distinct pseudonym), coalesce(sum(duration_ms), 0), count(duration_ms)
                from gone where kind = '%6$s' and occurred_at >= ? group by 1, 2
              on conflict (day, %2$s) do update set %3$s = %1$s.%3$s + excluded.%3$s, sessions = %1$s.sessions + excluded.sessions,
                %4$s = %1$s.%4$s + excluded.%4$s, %5$s = %1$s.%5$s + excluded.%5$s""";

    /**
     * Deletes the raw events of one day and one range of pseudonyms and adds them to the daily aggregates, in one
     * statement. All events of a pseudonym on a day fall into the same range, so the distinct sessions of the ranges
     * add up exactly, and statistics read from raw events plus aggregates are exact after every batch. Days whose
     * aggregates would be past their own period are deleted without a roll-up.
     */
    private static final String ROLL_UP_AND_DELETE = """
            with gone as (
              delete from click_event
               where occurred_at >= ? and occurred_at < ? and get_byte(pseudonym, 0) * 256 + get_byte(pseudonym, 1) between ? and ?
              returning kind, pseudonym, occurred_at, path, feature, duration_ms, affiliate_code, landing_path, order_total, currency, commission
            ), pages as (
            %s
            ), features as (
            %s
            ), conversions as (
              insert into conversion_daily (day, affiliate_code, currency, landing_path, conversions, sales, commission)
              select (occurred_at at time zone 'UTC')::date, affiliate_code, currency, coalesce(landing_path, ''), count(*), sum(order_total), sum(commission)
                from gone where kind = 'CONVERSION' and affiliate_code is not null and occurred_at >= ? group by 1, 2, 3, 4
              on conflict (day, affiliate_code, currency, landing_path) do update set conversions = conversion_daily.conversions + excluded.conversions,
                sales = conversion_daily.sales + excluded.sales, commission = conversion_daily.commission + excluded.commission
            )
            select count(*) from gone""".formatted(
            DAILY_ROLL_UP.formatted("page_daily", "path", "views", "dwell_ms", "dwell_count", "PAGE_VIEW"),
            DAILY_ROLL_UP.formatted("feature_daily", "feature", "uses", "duration_ms", "duration_count", "FEATURE_USED"));

    /** Aggregates and keys: one row per day (and page, feature, ...); the dry run and the purge share the predicate. */
    private static final String EXPIRED_DAYS = " where day < ?";

    private final DataSource dataSource;
    private final Clock clock;
    private final ClickstreamConfig config;
    private final PseudonymService pseudonyms;
    private final PurgeLog purgeLog;

    public RetentionService(DataSource dataSource, Clock clock, ClickstreamConfig config, PseudonymService pseudonyms,
            PurgeLog purgeLog) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.pseudonyms = pseudonyms;
        this.purgeLog = purgeLog;
    }

    /** The first day kept of each category: what lies before it goes. */
    private record Cutoffs(LocalDate rawEvents, LocalDate statistics, LocalDate commissionBasis, LocalDate keys) {
    }

    @Scheduled(identity = RetentionSchedule.JOB, every = "${clickstream.retention.every:1h}",
            delayed = "${clickstream.retention.first-run-delay:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge(PurgeTrigger.SCHEDULE, RetentionSchedule.SCHEDULER);
    }

    @Override
    public List<DueCategory> dryRun(PurgeTrigger trigger) {
        Cutoffs cutoffs = cutoffs(clock.instant(), trigger);
        return List.of(
                due(RAW_EVENTS, cutoffs.rawEvents(), count(EXPIRED_RAW_EVENTS, startOf(cutoffs.rawEvents()))),
                due(DAILY_STATISTICS, cutoffs.statistics(), countDays("page_daily", cutoffs.statistics())
                        + countDays("feature_daily", cutoffs.statistics())),
                due(COMMISSION_BASIS, cutoffs.commissionBasis(), countDays("conversion_daily", cutoffs.commissionBasis())),
                due(PSEUDONYM_KEYS, cutoffs.keys(), countDays("daily_key", cutoffs.keys())));
    }

    /** Raw events first: their roll-up must land before the aggregates are looked at. */
    @Override
    public List<DueCategory> purge(PurgeTrigger trigger, String actor) {
        Instant now = clock.instant();
        Cutoffs cutoffs = cutoffs(now, trigger);
        List<DueCategory> purged = List.of(
                due(RAW_EVENTS, cutoffs.rawEvents(), purgeRawEvents(cutoffs)),
                due(DAILY_STATISTICS, cutoffs.statistics(), deleteDays("page_daily", cutoffs.statistics())
                        + deleteDays("feature_daily", cutoffs.statistics())),
                due(COMMISSION_BASIS, cutoffs.commissionBasis(), deleteDays("conversion_daily", cutoffs.commissionBasis())),
                due(PSEUDONYM_KEYS, cutoffs.keys(), pseudonyms.discardKeysBefore(cutoffs.keys())));
        record(purged, trigger, actor, now);
        return purged;
    }

    @Override
    public List<PurgeLogEntry> purgeLog() {
        return purgeLog.latest(100);
    }

    private Cutoffs cutoffs(Instant now, PurgeTrigger trigger) {
        ClickstreamConfig.Retention retention = config.retention();
        Duration raw = trigger == PurgeTrigger.STORAGE_PRESSURE ? retention.rawEventsUnderPressure() : retention.rawEvents();
        // Attribution reads the landings of the window before a conversion that may itself arrive a day late.
        Duration shortest = config.attribution().window().plus(IngestService.MAX_AGE);
        return new Cutoffs(firstDayKept(now, raw.compareTo(shortest) < 0 ? shortest : raw),
                firstDayKept(now, retention.dailyStatistics()), firstDayKept(now, retention.commissionBasis()),
                firstDayKept(now, config.attribution().window()));
    }

    private static LocalDate firstDayKept(Instant now, Duration period) {
        return now.minus(period).atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static DueCategory due(String category, LocalDate cutoff, long count) {
        return new DueCategory(category, startOf(cutoff).toInstant(), count);
    }

    /** Day by day, oldest first; a day in pseudonym ranges of about one batch each, one short transaction per range. */
    private long purgeRawEvents(Cutoffs cutoffs) {
        OffsetDateTime cutoff = startOf(cutoffs.rawEvents());
        long total = 0;
        Optional<LocalDate> day;
        while ((day = oldestRawDay(cutoff)).isPresent()) {
            OffsetDateTime start = startOf(day.get());
            OffsetDateTime end = start.plusDays(1);
            long rows = count(RAW_EVENTS_OF_DAY, start, end);
            long ranges = Math.min(BUCKETS, Math.max(1, (rows + config.retention().batchSize() - 1) / config.retention().batchSize()));
            long ofDay = 0;
            for (long range = 0; range < ranges; range++) {
                OptionalLong deleted = rollUpAndDelete(start, end, (int) (range * BUCKETS / ranges),
                        (int) ((range + 1) * BUCKETS / ranges - 1), cutoffs);
                if (deleted.isEmpty()) {
                    Log.debug("Another instance is purging raw events");
                    return total + ofDay;
                }
                ofDay += deleted.getAsLong();
            }
            total += ofDay;
            Log.debugf("Raw events of %s: %d rolled up and deleted in %d batches", day.get(), ofDay, ranges);
            if (ofDay == 0) {
                break;
            }
        }
        return total;
    }

    /** One batch; empty if another instance holds the roll-up lock. */
    private OptionalLong rollUpAndDelete(OffsetDateTime start, OffsetDateTime end, int fromBucket, int toBucket, Cutoffs cutoffs) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK);
                    try (ResultSet rs = lock.executeQuery()) {
                        if (!rs.next() || !rs.getBoolean(1)) {
                            return OptionalLong.empty();
                        }
                    }
                }
                try (PreparedStatement batch = connection.prepareStatement(ROLL_UP_AND_DELETE)) {
                    batch.setObject(1, start);
                    batch.setObject(2, end);
                    batch.setInt(3, fromBucket);
                    batch.setInt(4, toBucket);
                    batch.setObject(5, startOf(cutoffs.statistics()));
                    batch.setObject(6, startOf(cutoffs.statistics()));
                    batch.setObject(7, startOf(cutoffs.commissionBasis()));
                    try (ResultSet rs = batch.executeQuery()) {
                        rs.next();
                        return OptionalLong.of(rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Purging raw events failed: SQL state " + e.getSQLState(), e);
            }
        });
    }

    private Optional<LocalDate> oldestRawDay(OffsetDateTime cutoff) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(OLDEST_RAW_EVENT)) {
            query.setObject(1, cutoff);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(oldest -> oldest.atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading raw events failed: SQL state " + e.getSQLState(), e);
        }
    }

    /** Deletes the rows of days before the cutoff in batches, one short transaction each. */
    private long deleteDays(String table, LocalDate cutoff) {
        String delete = "delete from " + table + " where ctid = any(array(select ctid from " + table + EXPIRED_DAYS + " limit ?))";
        return inBatches(config.retention().batchSize(), batchSize -> {
            try (Connection connection = dataSource.getConnection(); PreparedStatement batch = connection.prepareStatement(delete)) {
                batch.setObject(1, cutoff);
                batch.setInt(2, batchSize);
                return batch.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Purging " + table + " failed: SQL state " + e.getSQLState(), e);
            }
        });
    }

    private long countDays(String table, LocalDate cutoff) {
        return count("select count(*) from " + table + EXPIRED_DAYS, cutoff);
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting expired rows failed: SQL state " + e.getSQLState(), e);
        }
    }

    /**
     * The purge log and the metric. A scheduled run (hourly) logs only the categories it purged something of; an
     * operator's run logs every category, so the log shows each request and its answer.
     */
    private void record(List<DueCategory> purged, PurgeTrigger trigger, String actor, Instant now) {
        boolean scheduled = RetentionSchedule.SCHEDULER.equals(actor);
        purgeLog.record(purged.stream().filter(due -> !scheduled || due.count() > 0)
                .map(due -> PurgeLogEntry.of(due, now, trigger, actor)).toList());
    }
}
