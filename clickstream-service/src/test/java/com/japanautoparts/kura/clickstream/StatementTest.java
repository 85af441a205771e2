package com.japanautoparts.kura.clickstream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.clickstream.api.AffiliateRequestDto;
import com.japanautoparts.kura.clickstream.api.EventDto;
import com.japanautoparts.kura.clickstream.api.StatementDto;
import com.japanautoparts.kura.clickstream.service.AffiliateService;
import com.japanautoparts.kura.clickstream.service.IngestService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** Monthly statements are aggregates in which no published cell covers fewer than five conversions. */
@QuarkusTest
class StatementTest {

    @Inject
    AffiliateService affiliates;

    @Inject
    IngestService ingest;

    @Inject
    MovableClock clock;

    @Test
    @TestSecurity(user = "staff-1", roles = Roles.STAFF)
    void smallCellsAreNotBrokenDown() {
        String code = Events.unique("cells-");
        affiliates.put(code, new AffiliateRequestDto("Cells", null, new BigDecimal("0.1000")));
        List<EventDto> events = new ArrayList<>();
        convert(events, code, "/p1", 6, "JPY");
        convert(events, code, "/p2", 5, "JPY");
        convert(events, code, "/p3", 2, "JPY");
        convert(events, code, "/p1", 3, "USD");
        ingest.ingest(events);
        String month = YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString();

        given().get("/clickstream/affiliates/" + code + "/statements/" + month).then().statusCode(200)
                .body("lines", hasSize(2))
                .body("lines[0].currency", equalTo("JPY"))
                .body("lines[0].conversions", equalTo(13))
                .body("lines[0].commission", equalTo(1300.0f))
                .body("lines[0].breakdownSuppressed", equalTo(false))
                // /p3 (2) alone would be a small "(other)": the smallest page (/p2, 5) joins it.
                .body("lines[0].byLandingPage", hasSize(2))
                .body("lines[0].byLandingPage[0].landingPath", equalTo("/p1"))
                .body("lines[0].byLandingPage[0].conversions", equalTo(6))
                .body("lines[0].byLandingPage[1].landingPath", equalTo("(other)"))
                .body("lines[0].byLandingPage[1].conversions", equalTo(7))
                .body("lines[1].currency", equalTo("USD"))
                .body("lines[1].conversions", equalTo(3))
                .body("lines[1].breakdownSuppressed", equalTo(true))
                .body("lines[1].byLandingPage", nullValue());
    }

    @Test
    @TestSecurity(user = "service-account-client-single", roles = Roles.AFFILIATE)
    @OidcSecurity(claims = @Claim(key = "azp", value = "client-single"))
    void anAffiliateWithOneConversionThisMonthSeesItCountedButNotItsAmount() {
        String code = Events.unique("single-");
        affiliates.put(code, new AffiliateRequestDto("Single", "client-single", new BigDecimal("0.1000")));
        List<EventDto> events = new ArrayList<>();
        convert(events, code, "/p1", 1, "JPY");
        ingest.ingest(events);
        String month = YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString();

        given().get("/clickstream/affiliates/me/statements/" + month).then().statusCode(200)
                .body("lines[0].conversions", equalTo(1))
                .body("lines[0].amountsWithheld", equalTo(true))
                .body("lines[0].sales", nullValue())
                .body("lines[0].commission", nullValue())
                .body(not(containsString("sales")));
    }

    @Test
    void theAffiliatesOwnStatementShowsNoAmountsForAMonthOfFewerThanFiveConversions() {
        StatementDto statement = new StatementDto("small", "2026-12", new BigDecimal("0.1000"), List.of(
                AffiliateService.line("JPY", List.of(new StatementDto.Cell("/p1", 1, new BigDecimal("12800"), new BigDecimal("1280")))),
                AffiliateService.line("USD", List.of(new StatementDto.Cell("/p1", 4, BigDecimal.TEN, BigDecimal.ONE))),
                AffiliateService.line("EUR", List.of(new StatementDto.Cell("/p1", 5, BigDecimal.TEN, BigDecimal.ONE)))));

        StatementDto mine = statement.forAffiliate();

        for (StatementDto.Line line : mine.lines().subList(0, 2)) {
            assertNull(line.sales(), line.currency());
            assertNull(line.commission(), line.currency());
            assertEquals(Boolean.TRUE, line.amountsWithheld());
            assertNull(line.byLandingPage());
        }
        assertEquals(1, mine.lines().get(0).conversions(), "the count stays");
        assertEquals(BigDecimal.TEN, mine.lines().get(2).sales(), "five conversions: the amounts are shown");
        assertNull(mine.lines().get(2).amountsWithheld());
        assertEquals(new BigDecimal("12800"), statement.lines().get(0).sales(), "staff still see what is owed");
    }

    @Test
    void theMergingRuleNeverPublishesASmallCell() {
        for (long[] sizes : new long[][] { { 5, 5, 1 }, { 4, 4, 4 }, { 9, 1 }, { 5 }, { 7, 6, 5, 1, 1 }, { 4 } }) {
            List<StatementDto.Cell> cells = new ArrayList<>();
            for (int i = 0; i < sizes.length; i++) {
                cells.add(new StatementDto.Cell("/p" + i, sizes[i], BigDecimal.TEN, BigDecimal.ONE));
            }
            StatementDto.Line line = AffiliateService.line("JPY", cells);
            long total = java.util.Arrays.stream(sizes).sum();
            assertEquals(total, line.conversions());
            if (total < StatementDto.MIN_CELL) {
                assertTrue(line.breakdownSuppressed());
                assertNull(line.byLandingPage());
            } else {
                assertEquals(total, line.byLandingPage().stream().mapToLong(StatementDto.Cell::conversions).sum());
                line.byLandingPage().forEach(cell -> assertTrue(cell.conversions() >= StatementDto.MIN_CELL, cell.toString()));
            }
        }
    }

    private static void convert(List<EventDto> events, String code, String landingPath, int count, String currency) {
        for (int i = 0; i < count; i++) {
            String session = Events.unique("s-cells-");
            events.add(new EventDto.AffiliateLanding(session, null, code, landingPath, null));
            events.add(new EventDto.Conversion(session, null, new BigDecimal("1000"), currency, null));
        }
    }
}
