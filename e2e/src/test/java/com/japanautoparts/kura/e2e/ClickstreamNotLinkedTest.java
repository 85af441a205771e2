package com.japanautoparts.kura.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Promise 5: clickstream is not linked to anyone. Identifying payloads are refused before anything is stored;
 * affiliates are paid from pseudonymous sessions and see only their own aggregates, no cell under five conversions.
 */
class ClickstreamNotLinkedTest {

    private static final String AFFILIATE_CLIENT = "affiliate-partsblog";
    private static final String AFFILIATE_CODE = "partsblog";
    private static final String STAFF = "sato-staff";

    @Test
    void identifyingEventsAreRefusedAndNothingOfTheBatchIsStored() {
        String path = "/e2e/refused-" + shortId();
        String batch = """
                {"events": [
                  {"type": "page_view", "sessionId": "%s", "path": "%s"},
                  {"type": "page_view", "sessionId": "%s", "path": "/parts", "customerId": "%s"}]}"""
                .formatted(session(), path, session(), Kura.subjectOf("hanako"));
        Kura.as(Scenario.STOREFRONT).body(batch).post("/api/clickstream/events").then().statusCode(422)
                .body(containsString("customerId"))
                .body(not(containsString(Kura.subjectOf("hanako"))));

        Kura.as(Scenario.STOREFRONT).body("""
                {"events": [{"type": "page_view", "sessionId": "%s", "path": "/account/hanako@example.jp"}]}"""
                .formatted(session())).post("/api/clickstream/events").then().statusCode(422);

        List<String> paths = Kura.as(STAFF).queryParam("from", today().toString()).queryParam("to", today().toString())
                .get("/api/clickstream/stats/pages").then().statusCode(200).extract().jsonPath().getList("path");
        assertThat("all or nothing: the clean event of the refused batch was not stored", paths, not(hasItem(path)));
    }

    @Test
    void affiliatesAreCreditedFromPseudonymousSessionsAndSeeOnlyTheirOwnAggregates() {
        Kura.as(STAFF).body("""
                {"displayName": "Parts Blog", "clientId": "%s", "commissionRate": 0.05}""".formatted(AFFILIATE_CLIENT))
                .put("/api/clickstream/affiliates/" + AFFILIATE_CODE).then().statusCode(oneOf(200, 201));

        List<Map<String, Object>> events = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 6; i++) {
            String session = session();
            events.add(Map.of("type", "affiliate_landing", "sessionId", session, "affiliateCode", AFFILIATE_CODE,
                    "path", "/brakes", "at", now.minusSeconds(60).toString(), "clientIp", "203.0.113.77"));
            events.add(Map.of("type", "conversion", "sessionId", session, "orderTotal", 10800, "currency", "JPY",
                    "at", now.toString()));
        }
        // A second currency with fewer than five conversions: its line must not be broken down.
        String usd = session();
        events.add(Map.of("type", "affiliate_landing", "sessionId", usd, "affiliateCode", AFFILIATE_CODE,
                "at", now.minusSeconds(60).toString()));
        events.add(Map.of("type", "conversion", "sessionId", usd, "orderTotal", 120, "currency", "USD", "at", now.toString()));
        Kura.as(Scenario.STOREFRONT).body(Map.of("events", events)).post("/api/clickstream/events").then().statusCode(200)
                .body("accepted", equalTo(events.size()))
                .body("attributedConversions", equalTo(7));

        String month = YearMonth.from(now.atOffset(ZoneOffset.UTC)).toString();
        JsonPath statement = Kura.as(AFFILIATE_CLIENT).get("/api/clickstream/affiliates/me/statements/" + month)
                .then().statusCode(200).body("affiliateCode", equalTo(AFFILIATE_CODE)).extract().jsonPath();
        assertThat(statement.getLong("lines.find { it.currency == 'JPY' }.conversions"), greaterThanOrEqualTo(6L));
        for (Map<String, Object> line : statement.<Map<String, Object>> getList("lines")) {
            long conversions = ((Number) line.get("conversions")).longValue();
            assertThat(line.toString(), line.get("breakdownSuppressed"), equalTo(conversions < 5));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) line.getOrDefault("byLandingPage", List.of());
            for (Map<String, Object> cell : cells) {
                assertThat("no published cell describes fewer than five conversions: " + cell,
                        ((Number) cell.get("conversions")).longValue(), greaterThanOrEqualTo(5L));
            }
        }
        assertThat(statement.prettify(), not(containsString("203.0.113.77")));

        Kura.as(AFFILIATE_CLIENT).get("/api/clickstream/affiliates/" + AFFILIATE_CODE + "/statements/" + month)
                .then().statusCode(403);
        Kura.as(AFFILIATE_CLIENT).get("/api/clickstream/stats/pages").then().statusCode(403);
        Kura.as("hanako").get("/api/clickstream/affiliates/me/statements/" + month).then().statusCode(403);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A session pseudonym of the test's own: never a customer id, never a UUID. */
    private static String session() {
        return "sess-" + shortId();
    }

    /** Base 36 (Kura.mark): 20 hex characters of a UUID held 13 or more digits that passed Luhn now and then, and were refused. */
    private static String shortId() {
        return Kura.mark();
    }
}
