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
import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** After 90 days raw events are gone and only daily aggregates remain, with the same statistics and statements. */
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

    @Test
    void rawEventsBecomeDailyAggregatesAfterNinetyDays() {
        clock.advance(Duration.ofDays(1000));
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String path = "/" + Events.unique("retained-");
        String feature = Events.unique("feature-");
        String code = Events.unique("ret-");
        affiliates.put(code, new AffiliateRequestDto("Retained", null, new BigDecimal("0.05")));
        ingest.ingest(List.of(
                new EventDto.PageView("s-retention-1", null, path, null, null, 1000L, null),
                new EventDto.PageView("s-retention-1", null, path, null, null, 3000L, null),
                new EventDto.PageView("s-retention-2", null, path, null, null, null, null),
                new EventDto.FeatureUsed("s-retention-2", null, feature, 500L, null),
                new EventDto.AffiliateLanding("s-retention-2", null, code, path, null),
                new EventDto.Conversion("s-retention-2", null, new BigDecimal("2000"), "JPY", null)));
        Map<String, Object> pagesBefore = pageStat(day, path);
        StatementDto statementBefore = affiliates.statement(code, YearMonth.from(day)).orElseThrow();

        clock.advance(Duration.ofDays(89));
        retention.purgeRawEvents();
        assertEquals(4, Events.count(dataSource, "select count(*) from click_event where path = ?", path), "kept 89 days");

        clock.advance(Duration.ofDays(2));
        assertTrue(retention.purgeRawEvents() >= 6);

        assertEquals(0, Events.count(dataSource, "select count(*) from click_event where path = ? or feature = ? or affiliate_code = ?",
                path, feature, code));
        assertEquals(Map.of("day", day.toString(), "path", path, "views", 3, "sessions", 2, "averageDwellMs", 2000), pagesBefore);
        assertEquals(pagesBefore, pageStat(day, path));
        assertEquals(statementBefore, affiliates.statement(code, YearMonth.from(day)).orElseThrow());
        assertEquals(1, Events.count(dataSource, "select count(*) from feature_daily where feature = ? and uses = 1", feature));
    }

    private static Map<String, Object> pageStat(LocalDate day, String path) {
        List<Map<String, Object>> stats = given().queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/clickstream/stats/pages").then().statusCode(200).extract().jsonPath().getList("");
        return stats.stream().filter(s -> path.equals(s.get("path"))).findFirst().orElseThrow();
    }
}
