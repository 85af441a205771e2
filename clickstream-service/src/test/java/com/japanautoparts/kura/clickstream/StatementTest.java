package com.japanautoparts.kura.clickstream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
