package com.japanautoparts.kura.clickstream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.japanautoparts.kura.clickstream.api.AffiliateRequestDto;
import com.japanautoparts.kura.clickstream.service.AffiliateService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.Rows;
import com.japanautoparts.kura.testing.BadBody;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Malformed, mistyped, invalid and oversize input: a 4xx problem each, and stored data untouched. */
@QuarkusTest
class BadInputTest {

    private static final String CODE = "bad-input";
    private static final String S = "\"sessionId\": \"s-bad-input-01\"";

    @Inject
    DataSource dataSource;

    @Inject
    AffiliateService affiliates;

    static Stream<BadBody> badBatches() {
        String page = "{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\"}";
        List<BadBody> specific = List.of(
                BadBody.json("no events member", "{}"),
                BadBody.json("events null", "{\"events\": null}"),
                BadBody.json("no events", "{\"events\": []}"),
                BadBody.json("1,001 events", "{\"events\": [" + String.join(",", Collections.nCopies(1001, page)) + "]}"),
                BadBody.json("null event", "{\"events\": [null]}"),
                BadBody.json("events not a list", "{\"events\": " + page + "}"),
                BadBody.json("unknown event type", "{\"events\": [{\"type\": \"purchase\", " + S + "}]}"),
                BadBody.json("no event type", "{\"events\": [{" + S + ", \"path\": \"/ok\"}]}"),
                BadBody.json("event type a number", "{\"events\": [{\"type\": 7, " + S + ", \"path\": \"/ok\"}]}"),
                BadBody.json("no session", "{\"events\": [{\"type\": \"page_view\", \"path\": \"/ok\"}]}"),
                BadBody.json("session too short", "{\"events\": [{\"type\": \"page_view\", \"sessionId\": \"abc\", \"path\": \"/ok\"}]}"),
                BadBody.json("session with spaces", "{\"events\": [{\"type\": \"page_view\", \"sessionId\": \"a b c d e f g\", \"path\": \"/ok\"}]}"),
                BadBody.json("page view without path", "{\"events\": [{\"type\": \"page_view\", " + S + "}]}"),
                BadBody.json("relative path", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"ok\"}]}"),
                BadBody.json("path with a query", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok?a=1\"}]}"),
                BadBody.json("path too long", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/" + "a".repeat(600) + "\"}]}"),
                BadBody.json("negative dwell", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"dwellMs\": -1}]}"),
                BadBody.json("dwell over a day", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"dwellMs\": 86400001}]}"),
                BadBody.json("dwell a string", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"dwellMs\": \"long\"}]}"),
                BadBody.json("time in the future", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"at\": \"2999-01-01T00:00:00Z\"}]}"),
                BadBody.json("time too old", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"at\": \"2001-01-01T00:00:00Z\"}]}"),
                BadBody.json("time not a time", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"at\": \"yesterday\"}]}"),
                BadBody.json("client IP out of range", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"clientIp\": \"999.1.1.1\"}]}"),
                BadBody.json("client IP a host name", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"clientIp\": \"example.com\"}]}"),
                BadBody.json("referrer not a URL", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"referrer\": \"javascript:alert(1)\"}]}"),
                BadBody.json("query with a fragment", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"query\": \"a=1#x\"}]}"),
                BadBody.json("field of another event type", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/ok\", \"feature\": \"x\"}]}"),
                BadBody.json("feature with markup", "{\"events\": [{\"type\": \"feature_used\", " + S + ", \"feature\": \"<script>\"}]}"),
                BadBody.json("affiliate code with spaces", "{\"events\": [{\"type\": \"affiliate_landing\", " + S + ", \"affiliateCode\": \"a b\"}]}"),
                BadBody.json("conversion of zero", "{\"events\": [{\"type\": \"conversion\", " + S + ", \"orderTotal\": 0, \"currency\": \"JPY\"}]}"),
                BadBody.json("negative conversion", "{\"events\": [{\"type\": \"conversion\", " + S + ", \"orderTotal\": -5, \"currency\": \"JPY\"}]}"),
                BadBody.json("total with 4 decimals", "{\"events\": [{\"type\": \"conversion\", " + S + ", \"orderTotal\": 1.2345, \"currency\": \"JPY\"}]}"),
                BadBody.json("lower-case currency", "{\"events\": [{\"type\": \"conversion\", " + S + ", \"orderTotal\": 5, \"currency\": \"jpy\"}]}"),
                BadBody.json("conversion without currency", "{\"events\": [{\"type\": \"conversion\", " + S + ", \"orderTotal\": 5}]}"),
                BadBody.json("bad event after a good one", "{\"events\": [" + page + ", {\"type\": \"page_view\", " + S + "}]}"),
                BadBody.json("above 512K", "{\"events\": [{\"type\": \"page_view\", " + S + ", \"path\": \"/" + "a".repeat(530_000) + "\"}]}"));
        return Stream.concat(BadBody.generic().stream(), specific.stream());
    }

    static Stream<BadBody> badAffiliates() {
        List<BadBody> specific = List.of(
                BadBody.json("no rate", "{\"displayName\": \"X\"}"),
                BadBody.json("rate above 1", "{\"displayName\": \"X\", \"commissionRate\": 1.5}"),
                BadBody.json("negative rate", "{\"displayName\": \"X\", \"commissionRate\": -0.1}"),
                BadBody.json("rate with 5 decimals", "{\"displayName\": \"X\", \"commissionRate\": 0.12345}"),
                BadBody.json("rate a string", "{\"displayName\": \"X\", \"commissionRate\": \"five percent\"}"),
                BadBody.json("no display name", "{\"commissionRate\": 0.1}"),
                BadBody.json("blank display name", "{\"displayName\": \"  \", \"commissionRate\": 0.1}"),
                BadBody.json("control character in display name", "{\"displayName\": \"A\\u0000B\", \"commissionRate\": 0.1}"),
                BadBody.json("client id with spaces", "{\"displayName\": \"X\", \"clientId\": \"a b\", \"commissionRate\": 0.1}"));
        return Stream.concat(BadBody.generic().stream(), specific.stream());
    }

    @BeforeEach
    void knownAffiliate() {
        affiliates.put(CODE, new AffiliateRequestDto("Bad Input", "client-bad-input", new BigDecimal("0.0300")));
    }

    @ParameterizedTest(name = "POST events: {0}")
    @MethodSource("badBatches")
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void ingestRefusesAndStoresNothing(BadBody bad) {
        long before = Rows.count(dataSource, "select count(*) from click_event");
        ProblemAssertions.assertClientProblem(
                given().contentType(bad.contentType()).body(bad.body()).post("/clickstream/events").andReturn());
        assertEquals(before, Rows.count(dataSource, "select count(*) from click_event"));
    }

    @ParameterizedTest(name = "PUT affiliate: {0}")
    @MethodSource("badAffiliates")
    @TestSecurity(user = "staff-1", roles = Roles.STAFF)
    void affiliateChangesAreRefusedAndKeepTheRate(BadBody bad) {
        ProblemAssertions.assertClientProblem(
                given().contentType(bad.contentType()).body(bad.body()).put("/clickstream/affiliates/" + CODE).andReturn());
        given().get("/clickstream/affiliates/" + CODE).then().statusCode(200)
                .body("commissionRate", equalTo(0.03f)).body("displayName", equalTo("Bad Input"));
    }

    @ParameterizedTest(name = "PUT affiliate code {0}")
    @ValueSource(strings = { "me", "a%20b", "x!y", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
    @TestSecurity(user = "staff-1", roles = Roles.STAFF)
    void badAffiliateCodesAreRefused(String code) {
        ProblemAssertions.assertClientProblem(given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"X\", \"commissionRate\": 0.1}").put("/clickstream/affiliates/" + code).andReturn());
    }

    @Test
    @TestSecurity(user = "staff-1", roles = Roles.STAFF)
    void aClientIdIsNotShared() {
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"X\", \"clientId\": \"client-bad-input\", \"commissionRate\": 0.1}")
                .put("/clickstream/affiliates/bad-input-other").andReturn(), 409);
    }

    @ParameterizedTest(name = "stats {0}")
    @ValueSource(strings = { "from=yesterday", "from=2026-13-01", "from=2026-11-30&to=2026-11-01", "from=2020-01-01&to=2026-01-01",
            "from=%2B999999999-12-31", "to=%2B999999999-12-31", "from=-999999999-01-01", "to=%2B294277-01-01", "to=0000-01-01" })
    @TestSecurity(user = "staff-1", roles = Roles.STAFF)
    void badStatisticsRangesAreRefused(String query) {
        ProblemAssertions.assertProblem(given().urlEncodingEnabled(false).get("/clickstream/stats/pages?" + query).andReturn(), 400);
    }

    @ParameterizedTest(name = "statement month {0}")
    @ValueSource(strings = { "2026-13", "2026-1", "november", "2026-11-01" })
    @TestSecurity(user = "staff-1", roles = Roles.STAFF)
    void badMonthsAreRefused(String month) {
        ProblemAssertions.assertProblem(given().get("/clickstream/affiliates/" + CODE + "/statements/" + month).andReturn(), 400);
    }
}
