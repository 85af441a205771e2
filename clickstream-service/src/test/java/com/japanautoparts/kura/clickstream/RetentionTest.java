package com.japanautoparts.kura.clickstream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

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
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Raw events of a day are kept 90 days, then only their daily aggregates remain (with the same statistics and
 * statements); statistics go after 3 years, the commission basis later. Each test moves the clock to its own distant future, so their data never meet.
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

    private static Map<String, Object> pageStat(LocalDate day, String path) {
        List<Map<String, Object>> stats = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/clickstream/stats/pages").then().statusCode(200).extract().jsonPath().getList("");
        return stats.stream().filter(s -> path.equals(s.get("path"))).findFirst().orElseThrow();
    }
}
