package com.japanautoparts.kura.clickstream;

import static com.japanautoparts.kura.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.clickstream.rest.AffiliateRequestDto;
import com.japanautoparts.kura.clickstream.rest.EventDto;
import com.japanautoparts.kura.clickstream.rest.StatementDto;
import com.japanautoparts.kura.clickstream.service.AffiliateService;
import com.japanautoparts.kura.clickstream.service.IngestService;
import com.japanautoparts.kura.clickstream.service.RetentionService;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.security.Roles;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Raw events of a day are kept 90 days, then only their daily aggregates remain (with the same statistics and
 * statements); statistics go after 3 years, the commission basis later; the dry run says exactly what a purge
 * deletes and logs. Each test moves the clock to its own distant future, so their data never meet.
 */
@QuarkusTest
@TestSecurity(user = "staff-1", roles = Roles.STAFF)
class RetentionTest {

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    IngestService ingest;

    @Inject
    RetentionService retention;

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
        return Events.count(dataSource, "select count(*) from click_event where path = ? or feature = ? or affiliate_code = ?",
                traffic.path(), traffic.feature(), traffic.affiliate());
    }

    private long aggregates(String table, String column, String value) {
        return Events.count(dataSource, "select count(*) from " + table + " where " + column + " = ?", value);
    }

    private StatementDto statement(Traffic traffic) {
        return affiliates.statement(traffic.affiliate(), YearMonth.from(traffic.day())).orElseThrow();
    }

    private void advanceDays(long days) {
        clock.advance(Duration.ofDays(days));
    }

    @Test
    void rawEventsOfADayAreKeptNinetyDaysThenOnlyTheirAggregatesRemain() {
        advanceDays(1000);
        Traffic traffic = traffic();
        Map<String, Object> pagesBefore = pageStat(traffic.day(), traffic.path());
        StatementDto statementBefore = statement(traffic);

        advanceDays(90);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(6, rawEvents(traffic), "kept on day D + 90");

        advanceDays(1);
        assertTrue(retention.purge(PurgeTrigger.SCHEDULE, "test").get(0).count() >= 6);

        assertEquals(0, rawEvents(traffic), "gone on day D + 91");
        assertEquals(Map.of("day", traffic.day().toString(), "path", traffic.path(), "views", 3, "sessions", 2, "averageDwellMs", 2000),
                pagesBefore);
        assertEquals(pagesBefore, pageStat(traffic.day(), traffic.path()), "the aggregate answers as the raw events did");
        assertEquals(statementBefore, statement(traffic));
        assertEquals(1, Events.count(dataSource, "select count(*) from feature_daily where feature = ? and uses = 1", traffic.feature()));
    }

    @Test
    void statisticsAreKeptThreeYearsAndTheCommissionBasisElevenYearsTwoMonths() {
        advanceDays(2000);
        Traffic traffic = traffic();
        StatementDto statementBefore = statement(traffic);
        advanceDays(91);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(0, rawEvents(traffic));

        advanceDays(1095 - 91);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(1, aggregates("page_daily", "path", traffic.path()), "kept on day D + 1095");
        assertEquals(1, aggregates("feature_daily", "feature", traffic.feature()));

        advanceDays(1);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(0, aggregates("page_daily", "path", traffic.path()), "gone on day D + 1096");
        assertEquals(0, aggregates("feature_daily", "feature", traffic.feature()));
        assertEquals(statementBefore, statement(traffic), "the commission basis stays");

        advanceDays(4080 - 1096);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(1, aggregates("conversion_daily", "affiliate_code", traffic.affiliate()), "kept on day D + 4080");

        advanceDays(1);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(0, aggregates("conversion_daily", "affiliate_code", traffic.affiliate()), "gone on day D + 4081");
    }

    @Test
    void theDryRunReportsExactlyWhatThePurgeDeletesLogsAndCounts() {
        advanceDays(3000);
        traffic();
        advanceDays(91);
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        advanceDays(4100);
        traffic();
        advanceDays(91);
        Map<String, Double> countedBefore = counted(PurgeTrigger.SCHEDULE);

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        assertTrue(dryRun.stream().allMatch(due -> due.count() > 0), "every category has something due: " + dryRun);
        String actor = Events.unique("officer-");
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, actor);

        assertEquals(dryRun, purged, "same categories, cutoffs and counts");
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

        retention.purge(PurgeTrigger.STORAGE_PRESSURE, "test");
        assertEquals(6, rawEvents(older), "kept on day D + 30 under pressure");

        advanceDays(1);
        List<DueCategory> scheduled = retention.dryRun(PurgeTrigger.SCHEDULE);
        List<DueCategory> pressure = retention.dryRun(PurgeTrigger.STORAGE_PRESSURE);
        assertEquals(newer.day().atStartOfDay().toInstant(ZoneOffset.UTC), pressure.get(0).cutoff());
        assertEquals(scheduled.subList(1, 4), pressure.subList(1, 4), "aggregates and keys keep their schedule");
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
        DueCategory raw = retention.purge(PurgeTrigger.SCHEDULE, "test").get(0);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Log.infof("Purged %d expired raw events (100,000 of them of one day, 20,000 sessions) in %d ms", raw.count(), millis);

        assertTrue(raw.count() >= 100_000);
        assertEquals(0, Events.count(dataSource, "select count(*) from click_event where path = ?", path));
        assertEquals(List.of(List.of(100_000L, 20_000L, 100_000_000L, 100_000L)), Events.rows(dataSource,
                "select views, sessions, dwell_ms, dwell_count from page_daily where day = ? and path = ?", day, path),
                "every event counted once, every session once although the day went in several batches");
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void thePrivacyOfficerSeesTheDryRunPurgesAndReadsThePurgeLog() {
        given().get("/internal/retention/dry-run").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"))
                .body("categories.category", contains(RetentionService.RAW_EVENTS, RetentionService.DAILY_STATISTICS,
                        RetentionService.COMMISSION_BASIS, RetentionService.PSEUDONYM_KEYS));
        given().get("/internal/retention/dry-run?trigger=storage-pressure").then().statusCode(200)
                .body("trigger", equalTo("STORAGE_PRESSURE"));
        given().post("/internal/retention/purge").then().statusCode(200)
                .body("trigger", equalTo("STORAGE_PRESSURE"))
                .body("categories.category", hasItem(RetentionService.RAW_EVENTS));
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

    private Map<String, Double> counted(PurgeTrigger trigger) {
        return List.of(RetentionService.RAW_EVENTS, RetentionService.DAILY_STATISTICS, RetentionService.COMMISSION_BASIS,
                RetentionService.PSEUDONYM_KEYS).stream().collect(Collectors.toMap(category -> category,
                        category -> metrics.counter("kura.retention.purged", "service", "clickstream-service", "category", category,
                                "trigger", trigger.name()).count()));
    }

    private static Map<String, Object> pageStat(LocalDate day, String path) {
        List<Map<String, Object>> stats = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/clickstream/stats/pages").then().statusCode(200).extract().jsonPath().getList("");
        return stats.stream().filter(s -> path.equals(s.get("path"))).findFirst().orElseThrow();
    }
}
