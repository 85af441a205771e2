package com.japanautoparts.kura.clickstream.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.clickstream.config.ClickstreamConfig;
import com.japanautoparts.kura.common.idempotency.IdempotencyKeys;
import com.japanautoparts.kura.common.retention.DueRows;
import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionPlan;
import com.japanautoparts.kura.common.retention.RetentionQueries;

/**
 * What clickstream-service keeps and for how long (the README gives the reason for each period). Every category is
 * whole UTC days: what lies on days before the day of the cutoff goes. Raw events go only once the daily roll-up
 * ({@link DailyRollUp}) has added them to the aggregates, under either trigger, so no purge loses statistics.
 * Storage pressure shortens only the raw-event period: raw clickstream is the least-needed data of the platform, the
 * aggregates are small, and keys already live no longer than attribution needs.
 * <p>
 * Legal holds play no part: nothing here is linked to anyone ({@link NothingLinkedToSubjects}).
 */
@ApplicationScoped
public class ClickstreamRetentionPlan implements RetentionPlan {

    public static final String RAW_EVENTS = "raw clickstream events";
    public static final String DAILY_STATISTICS = "daily page and feature statistics";
    public static final String COMMISSION_BASIS = "daily affiliate conversions";
    public static final String PSEUDONYM_KEYS = "daily pseudonym keys";

    /** The first day kept, from the cutoff's timestamp parameter. */
    private static final String FIRST_DAY_KEPT = "(:cutoff at time zone 'UTC')::date";

    /** Raw events a roll-up included, of days before the first day kept. */
    private static final String ROLLED_UP_RAW_EVENTS = "select e.id from rolled_up_day r join click_event e"
            + " on e.occurred_at >= (r.day::timestamp at time zone 'UTC') and e.occurred_at < ((r.day + 1)::timestamp at time zone 'UTC')"
            + " and e.id <= r.last_event_id where r.day < " + FIRST_DAY_KEPT;

    private final ClickstreamConfig config;
    private final RetentionQueries queries;
    private final PseudonymService pseudonyms;
    private final Clock clock;
    private final IdempotencyKeys idempotencyKeys;

    public ClickstreamRetentionPlan(ClickstreamConfig config, RetentionQueries queries, PseudonymService pseudonyms, Clock clock,
            IdempotencyKeys idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
        this.config = config;
        this.queries = queries;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** Raw events first: the aggregates they were rolled up into are looked at after them. */
    @Override
    public List<RetentionCategory> categories() {
        ClickstreamConfig.Retention retention = config.retention();
        return List.of(
                RetentionCategory.of(RAW_EVENTS, retention.rawEvents(), queries.rows("click_event", ROLLED_UP_RAW_EVENTS))
                        .underPressure(atLeast(retention.rawEventsUnderPressure(), shortestRawEventPeriod())),
                RetentionCategory.of(DAILY_STATISTICS, retention.dailyStatistics(), oneAfterTheOther(days("page_daily"), days("feature_daily"))),
                RetentionCategory.of(COMMISSION_BASIS, retention.commissionBasis(), days("conversion_daily")),
                RetentionCategory.of(PSEUDONYM_KEYS, Period.ofDays(wholeDays(config.attribution().window())), pseudonymKeys()),
                idempotencyKeys.retention());
    }

    /** Attribution reads the landings of the window before a conversion that may itself arrive a day late. */
    private Period shortestRawEventPeriod() {
        return Period.ofDays(wholeDays(config.attribution().window().plus(IngestService.MAX_AGE)));
    }

    /** The longer of two periods, counted back from today. */
    private Period atLeast(Period period, Period minimum) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return today.minus(period).isAfter(today.minus(minimum)) ? minimum : period;
    }

    private static int wholeDays(Duration duration) {
        return Math.toIntExact((duration.toSeconds() + 86_399) / 86_400);
    }

    /** Rows of a daily table (column {@code day}) of days before the first day kept. */
    private DueRows days(String table) {
        String due = " from " + table + " where day < " + FIRST_DAY_KEPT;
        return queries.statements("select count(*)" + due,
                "delete from " + table + " where ctid = any(array(select ctid" + due + " limit :limit))");
    }

    /** Two tables as one category: the first emptied of due rows before the second. */
    private static DueRows oneAfterTheOther(DueRows first, DueRows second) {
        return new DueRows() {
            @Override
            public long count(Instant cutoff, Set<String> held) {
                return first.count(cutoff, held) + second.count(cutoff, held);
            }

            @Override
            public int delete(Instant cutoff, Set<String> held, int limit) {
                int deleted = first.delete(cutoff, held, limit);
                return deleted < limit ? deleted + second.delete(cutoff, held, limit - deleted) : deleted;
            }
        };
    }

    /** Daily keys go through {@link PseudonymService}, which also forgets them in memory. */
    private DueRows pseudonymKeys() {
        return new DueRows() {
            @Override
            public long count(Instant cutoff, Set<String> held) {
                return pseudonyms.keysBefore(firstDayKept(cutoff));
            }

            @Override
            public int delete(Instant cutoff, Set<String> held, int limit) {
                return Math.toIntExact(pseudonyms.discardKeysBefore(firstDayKept(cutoff)));
            }
        };
    }

    private static LocalDate firstDayKept(Instant cutoff) {
        return LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
    }
}
