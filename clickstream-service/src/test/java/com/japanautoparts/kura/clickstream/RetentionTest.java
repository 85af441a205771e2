package com.japanautoparts.kura.clickstream;

import static com.japanautoparts.kura.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.clickstream.api.AffiliateRequestDto;
import com.japanautoparts.kura.clickstream.api.EventDto;
import com.japanautoparts.kura.clickstream.api.StatementDto;
import com.japanautoparts.kura.clickstream.service.AffiliateService;
import com.japanautoparts.kura.clickstream.service.ClickstreamRetentionPlan;
import com.japanautoparts.kura.clickstream.service.DailyRollUp;
import com.japanautoparts.kura.clickstream.service.IngestService;
import com.japanautoparts.kura.common.idempotency.IdempotencyKeys;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.Rows;
import com.japanautoparts.kura.testing.MovableClock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A closed day's raw events are rolled up into the daily aggregates (same statistics and statements) by the daily
 * roll-up; they are kept 90 days and a purge deletes only rolled-up ones, so only their aggregates remain;
 * statistics go after 3 years, the commission basis after 11 years 2 months; the dry run says exactly what a purge
 * deletes and logs. Each test moves the clock to its own distant future, so their data never meet.
 */
@QuarkusTest
@TestSecurity(user = "staff-1", roles = Roles.STAFF)
class RetentionTest {

    @Inject
    MovableClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    IngestService ingest;

    @Inject
    RetentionService retention;

    @Inject
    DailyRollUp rollUp;

    @Inject
    AffiliateService affiliates;

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A page, a feature and an affiliate of their own, used on the clock's day by two sessions. */
    private record Traffic(LocalDate day, String path, String feature, String affiliate) {
    }

    private Traffic traffic() {
        Traffic traffic = new Traffic(LocalDate.now(clock.withZone(ZoneOffset.UTC)), "/" + Events.unique("retained-"),
                Events.unique("feature-"), Events.unique("ret-"));
        affiliates.put(traffic.affiliate(), new AffiliateRequestDto("Retained", null, new BigDecimal("0.05")));
        String first = Events.unique("s-retention-");
        String second = Events.unique("s-retention-");
        ingest.ingest(List.of(
                new EventDto.PageView(first, null, traffic.path(), null, null, 1000L, null),
                new EventDto.PageView(first, null, traffic.path(), null, null, 3000L, null),
                new EventDto.PageView(second, null, traffic.path(), null, null, null, null),
                new EventDto.FeatureUsed(second, null, traffic.feature(), 500L, null),
                new EventDto.AffiliateLanding(second, null, traffic.affiliate(), traffic.path(), null),
                new EventDto.Conversion(second, null, new BigDecimal("2000"), "JPY", null)));
        return traffic;
    }

    private long rawEvents(Traffic traffic) {
        return Rows.count(dataSource, "select count(*) from click_event where path = ? or feature = ? or affiliate_code = ?",
                traffic.path(), traffic.feature(), traffic.affiliate());
    }

    private long aggregates(String table, String column, String value) {
        return Rows.count(dataSource, "select count(*) from " + table + " where " + column + " = ?", value);
    }

    private StatementDto statement(Traffic traffic) {
        return affiliates.statement(traffic.affiliate(), YearMonth.from(traffic.day())).orElseThrow();
    }

    private void advanceDays(long days) {
        clock.moveBy(Duration.ofDays(days));
    }

    /** Moves the clock to the same time of day on the given day. */
    private void moveTo(LocalDate day) {
        advanceDays(ChronoUnit.DAYS.between(LocalDate.now(clock), day));
    }

    private long rawEventsOfDay(LocalDate day) {
        return Rows.count(dataSource, "select count(*) from click_event where occurred_at >= ? and occurred_at < ?",
                day.atStartOfDay().atOffset(ZoneOffset.UTC), day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    @Test
    void aClosedDayIsRolledUpOnceAndItsRawEventsStay() {
        advanceDays(8000);
        Traffic traffic = traffic();
        Map<String, Object> pagesBefore = pageStat(traffic.day(), traffic.path());
        StatementDto statementBefore = statement(traffic);

        assertFalse(rollUp.rollUpClosedDays().contains(traffic.day()), "the day itself is open");
        advanceDays(1);
        assertFalse(rollUp.rollUpClosedDays().contains(traffic.day()), "events of the day may still arrive for 24 hours");
        assertEquals(0, aggregates("page_daily", "path", traffic.path()));

        advanceDays(1);
        assertTrue(rollUp.rollUpClosedDays().contains(traffic.day()), "closed: rolled up");
        assertEquals(6, rawEvents(traffic), "the raw events stay for their own period");
        assertEquals(1, aggregates("page_daily", "path", traffic.path()));
        assertEquals(pagesBefore, pageStat(traffic.day(), traffic.path()), "every event counted once, from the aggregates");
        assertEquals(statementBefore, statement(traffic));

        assertFalse(rollUp.rollUpClosedDays().contains(traffic.day()), "once");
        assertEquals(pagesBefore, pageStat(traffic.day(), traffic.path()));
        assertEquals(List.of(List.of(3L, 2L)), Rows.rows(dataSource, "select views, sessions from page_daily where path = ?",
                traffic.path()));
    }

    @Test
    void noPurgeDeletesRawEventsOfADayNotRolledUp() {
        advanceDays(6000);
        Traffic traffic = traffic();
        Map<String, Object> pagesBefore = pageStat(traffic.day(), traffic.path());
        StatementDto statementBefore = statement(traffic);
        advanceDays(91);

        for (PurgeTrigger trigger : PurgeTrigger.values()) {
            retention.purge(trigger, "test");
            assertEquals(6, rawEvents(traffic), "past its period under " + trigger + ", but not rolled up: kept");
        }
        assertEquals(pagesBefore, pageStat(traffic.day(), traffic.path()), "statistics intact");

        rollUp.rollUpClosedDays();
        assertTrue(retention.dryRun(PurgeTrigger.STORAGE_PRESSURE).get(0).count() >= rawEventsOfDay(traffic.day()));
        retention.purge(PurgeTrigger.STORAGE_PRESSURE, "test");
        assertEquals(0, rawEvents(traffic), "rolled up: gone");
        assertEquals(pagesBefore, pageStat(traffic.day(), traffic.path()), "from the aggregates");
        assertEquals(statementBefore, statement(traffic));
    }

    @Test
    void rawEventsOfADayAreKeptNinetyDaysThenOnlyTheirAggregatesRemain() {
        advanceDays(1000);
        Traffic traffic = traffic();
        Map<String, Object> pagesBefore = pageStat(traffic.day(), traffic.path());
        StatementDto statementBefore = statement(traffic);

        advanceDays(90);
        rollUp.rollUpClosedDays();
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(6, rawEvents(traffic), "kept on day D + 90");

        advanceDays(1);
        assertTrue(retention.purge(PurgeTrigger.SCHEDULE, "test").get(0).count() >= 6);

        assertEquals(0, rawEvents(traffic), "gone on day D + 91");
        assertEquals(Map.of("day", traffic.day().toString(), "path", traffic.path(), "views", 3, "sessions", 2, "averageDwellMs", 2000),
                pagesBefore);
        assertEquals(pagesBefore, pageStat(traffic.day(), traffic.path()), "the aggregate answers as the raw events did");
        assertEquals(statementBefore, statement(traffic));
        assertEquals(1, Rows.count(dataSource, "select count(*) from feature_daily where feature = ? and uses = 1", traffic.feature()));
    }

    @Test
    void statisticsAreKeptThreeYearsAndTheCommissionBasisElevenYearsTwoMonths() {
        advanceDays(2000);
        Traffic traffic = traffic();
        StatementDto statementBefore = statement(traffic);
        advanceDays(91);
        rollUp.rollUpClosedDays();
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(0, rawEvents(traffic));

        moveTo(traffic.day().plus(Period.ofYears(3)));
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(1, aggregates("page_daily", "path", traffic.path()), "kept on day D + 3 years");
        assertEquals(1, aggregates("feature_daily", "feature", traffic.feature()));

        advanceDays(1);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(0, aggregates("page_daily", "path", traffic.path()), "gone the day after");
        assertEquals(0, aggregates("feature_daily", "feature", traffic.feature()));
        assertEquals(statementBefore, statement(traffic), "the commission basis stays");

        moveTo(traffic.day().plus(Period.of(11, 2, 0)));
        retention.purge(PurgeTrigger.STORAGE_PRESSURE, "test");
        assertEquals(1, aggregates("conversion_daily", "affiliate_code", traffic.affiliate()),
                "kept on day D + 11 years 2 months, storage pressure or not");

        advanceDays(1);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(0, aggregates("conversion_daily", "affiliate_code", traffic.affiliate()), "gone the day after");
    }

    @Test
    void theDryRunReportsExactlyWhatThePurgeDeletesLogsAndCounts() throws SQLException {
        advanceDays(3000);
        traffic();
        advanceDays(91);
        rollUp.rollUpClosedDays();
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        advanceDays(4200);
        traffic();
        idempotencyKey();
        advanceDays(91);
        rollUp.rollUpClosedDays();
        Map<String, Double> countedBefore = counted(PurgeTrigger.SCHEDULE);

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        assertTrue(dryRun.stream().allMatch(due -> due.count() > 0), "every category has something due: " + dryRun);
        String actor = Events.unique("officer-");
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, actor);

        assertEquals(byDay(dryRun), byDay(purged), "same categories, cutoff days and counts");
        Map<String, Long> expected = purged.stream().collect(Collectors.toMap(DueCategory::category, DueCategory::count));
        assertEquals(expected, retention.purgeLog().stream().filter(entry -> entry.actor().equals(actor))
                .collect(Collectors.toMap(PurgeLogEntry::category, PurgeLogEntry::purgedCount)), "the purge log");
        Map<String, Double> countedAfter = counted(PurgeTrigger.SCHEDULE);
        expected.forEach((category, count) -> assertEquals(count.doubleValue(),
                countedAfter.get(category) - countedBefore.get(category), "kura.retention.purged of " + category));
        assertTrue(retention.dryRun(PurgeTrigger.SCHEDULE).stream().allMatch(due -> due.count() == 0), "nothing left");
    }

    @Test
    void storagePressureDeletesRawEventsOlderThanThirtyDaysOnly() {
        advanceDays(5000);
        Traffic older = traffic();
        advanceDays(1);
        Traffic newer = traffic();
        advanceDays(29);
        Map<String, Object> pagesBefore = pageStat(older.day(), older.path());
        rollUp.rollUpClosedDays();

        retention.purge(PurgeTrigger.STORAGE_PRESSURE, "test");
        assertEquals(6, rawEvents(older), "kept on day D + 30 under pressure");

        advanceDays(1);
        List<DueCategory> scheduled = retention.dryRun(PurgeTrigger.SCHEDULE);
        List<DueCategory> pressure = retention.dryRun(PurgeTrigger.STORAGE_PRESSURE);
        assertEquals(newer.day(), LocalDate.ofInstant(pressure.get(0).cutoff(), ZoneOffset.UTC), "the first day kept");
        assertEquals(byDay(scheduled.subList(1, 4)), byDay(pressure.subList(1, 4)), "aggregates and keys keep their schedule");
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(6, rawEvents(older), "the schedule keeps them 90 days");

        retention.purge(PurgeTrigger.STORAGE_PRESSURE, "test");
        assertEquals(0, rawEvents(older), "gone on day D + 31 under pressure");
        assertEquals(6, rawEvents(newer), "a day younger: kept");
        assertEquals(pagesBefore, pageStat(older.day(), older.path()), "rolled up, not lost");
    }

    @Test
    void oneHundredThousandExpiredRawEventsArePurgedInBatches() throws SQLException {
        String path = "/" + Events.unique("bulk-");
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(200);
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into click_event (kind, pseudonym, occurred_at, path, duration_ms)
                select 'PAGE_VIEW', decode(md5(? || (g % 20000)), 'hex'), ? + (g % 86400) * interval '1 second', ?, 1000
                  from generate_series(1, 100000) g""")) {
            insert.setString(1, path);
            insert.setObject(2, day.atStartOfDay().atOffset(ZoneOffset.UTC));
            insert.setString(3, path);
            assertEquals(100_000, insert.executeUpdate());
        }

        long started = System.nanoTime();
        assertTrue(rollUp.rollUpClosedDays().contains(day));
        long rolledUp = System.nanoTime();
        DueCategory raw = retention.purge(PurgeTrigger.SCHEDULE, "test").get(0);
        long purged = System.nanoTime();
        Log.infof("Rolled up 100,000 raw events of one day (20,000 sessions) in %d ms; purged %d expired raw events in %d ms",
                Duration.ofNanos(rolledUp - started).toMillis(), raw.count(), Duration.ofNanos(purged - rolledUp).toMillis());

        assertTrue(raw.count() >= 100_000);
        assertEquals(0, Rows.count(dataSource, "select count(*) from click_event where path = ?", path));
        assertEquals(List.of(List.of(100_000L, 20_000L, 100_000_000L, 100_000L)), Rows.rows(dataSource,
                "select views, sessions, dwell_ms, dwell_count from page_daily where day = ? and path = ?", day, path),
                "every event counted once, every session once although the raw events went in several batches");
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void thePrivacyOfficerSeesTheDryRunPurgesAndReadsThePurgeLog() {
        given().get("/internal/retention/dry-run").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"))
                .body("categories.category", contains(ClickstreamRetentionPlan.RAW_EVENTS, ClickstreamRetentionPlan.DAILY_STATISTICS,
                        ClickstreamRetentionPlan.COMMISSION_BASIS, ClickstreamRetentionPlan.PSEUDONYM_KEYS, IdempotencyKeys.CATEGORY));
        given().get("/internal/retention/dry-run?trigger=storage-pressure").then().statusCode(200)
                .body("trigger", equalTo("STORAGE_PRESSURE"));
        given().post("/internal/retention/purge").then().statusCode(200)
                .body("trigger", equalTo("STORAGE_PRESSURE"))
                .body("categories.category", hasItem(ClickstreamRetentionPlan.RAW_EVENTS));
        given().get("/internal/retention/purges").then().statusCode(200)
                .body("actor", hasItem("kimura-privacy"));
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void anUnknownTriggerIsABadRequest() {
        assertProblem(given().get("/internal/retention/dry-run?trigger=everything").andReturn(), 400);
        assertProblem(given().post("/internal/retention/purge?trigger=everything").andReturn(), 400);
    }

    @Test
    void staffCannotSeeOrPurge() {
        refused();
    }

    @Test
    @TestSecurity(user = "customer-alice", roles = Roles.CUSTOMER)
    void customersCannotSeeOrPurge() {
        refused();
    }

    private static void refused() {
        given().get("/internal/retention/dry-run").then().statusCode(403);
        given().post("/internal/retention/purge").then().statusCode(403);
        given().get("/internal/retention/purges").then().statusCode(403);
    }

    /**
     * Category, first day kept and count: the cutoff itself is the instant the dry run or purge ran less the period,
     * and every category here goes in whole UTC days before the cutoff's day.
     */
    private static List<String> byDay(List<DueCategory> categories) {
        return categories.stream().map(due -> due.category() + " before " + LocalDate.ofInstant(due.cutoff(), ZoneOffset.UTC)
                + ": " + due.count()).toList();
    }

    private Map<String, Double> counted(PurgeTrigger trigger) {
        // Every category of the plan (the idempotency keys kura-common adds included), as the dry run names them.
        return retention.dryRun(trigger).stream().map(DueCategory::category).collect(Collectors.toMap(category -> category,
                        category -> metrics.counter("kura.retention.purged", "service", "clickstream-service", "category", category,
                                "trigger", trigger.name()).count()));
    }

    private static Map<String, Object> pageStat(LocalDate day, String path) {
        List<Map<String, Object>> stats = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/clickstream/stats/pages").then().statusCode(200).extract().jsonPath().getList("");
        return stats.stream().filter(s -> path.equals(s.get("path"))).findFirst().orElseThrow();
    }

    /** An Idempotency-Key of a retried batch, recorded on the clock's day (kura-common's table). */
    private void idempotencyKey() throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into idempotency_record (caller, scope, idem_key, request_hash, status, created_at)
                values ('storefront', 'POST /clickstream/events', ?, repeat('0', 64), 202, ?)""")) {
            insert.setString(1, Events.unique("key-"));
            insert.setObject(2, java.time.Instant.now(clock).atOffset(ZoneOffset.UTC));
            assertEquals(1, insert.executeUpdate());
        }
    }
}
