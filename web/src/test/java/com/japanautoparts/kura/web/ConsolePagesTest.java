package com.japanautoparts.kura.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/** Roles decide which pages open (the services decide again); the console's lists and the two-person rule's refusal. */
@QuarkusTest
@QuarkusTestResource(GatewayStub.class)
class ConsolePagesTest {

    static final String CASE = """
            {"id": 5, "type": "court-order", "status": "open", "recipientId": "tokyo-district-court",
             "referenceDocument": "2026 (wa) 1234", "requester": "Tokyo District Court", "subjects": ["c-1"],
             "dataItems": ["user.name"], "openedBy": "%s", "openedAt": "2026-12-01T00:00:00Z"}""";

    @BeforeEach
    void stubs() {
        GatewayStub.reset();
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("[" + CASE.formatted("staff-1") + "]")));
    }

    @Test
    @TestSecurity(user = "hanako", roles = "customer")
    void aCustomerCannotOpenTheConsole() {
        given().get("/console").then().statusCode(403).body(containsString("このページは表示できません"));
        given().get("/console/holds").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "kimura", roles = "privacy-officer")
    void anOfficerIsNotACustomer() {
        given().get("/privacy").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "sato", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "sub", value = "staff-1"))
    void staffSeeTheirCasesAndNothingElse() {
        String html = given().get("/console/cases").then().statusCode(200)
                .body(containsString("案件 5"))
                .body(containsString("(あなた)"))
                // Staff cannot read the registry: they type the recipient's id.
                .body(containsString("<input id=\"case-recipient\" name=\"recipientId\""))
                .extract().asString();
        assertTrue(!html.contains("href=\"/console/holds\"") && !html.contains("href=\"/console/ledger\""), "officer pages not offered");
        given().get("/console/holds").then().statusCode(403);
        given().get("/console/requests").then().statusCode(403);
        given().get("/console/retention").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "kimura", roles = "privacy-officer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "officer-1"))
    void openRequestsByDueDateOverdueFirst() {
        Instant now = Instant.now();
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/requests")).willReturn(okJson("""
                [{"id": "11111111-1111-4111-8111-111111111111", "subject": "soon", "type": "access", "status": "in-progress",
                  "receivedAt": "%s", "dueAt": "%s", "progress": [{"service": "contact-service", "status": "done"},
                  {"service": "payment-service", "status": "pending"}]},
                 {"id": "22222222-2222-4222-8222-222222222222", "subject": "late", "type": "erasure", "status": "failed-retrying",
                  "receivedAt": "%s", "dueAt": "%s", "progress": []}]""".formatted(
                now.minus(2, ChronoUnit.DAYS), now.plus(3, ChronoUnit.DAYS),
                now.minus(20, ChronoUnit.DAYS), now.minus(6, ChronoUnit.DAYS)))));
        String html = given().get("/console/requests").then().statusCode(200)
                .body(containsString("6 日超過"))
                .body(containsString("2 サービス中 1 完了"))
                .extract().asString();
        assertTrue(html.indexOf(">late<") < html.indexOf(">soon<"), "overdue first");
    }

    @Test
    @TestSecurity(user = "kimura", roles = "privacy-officer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "officer-1"))
    void theOpenerCannotApproveTheirOwnCaseAndThePageSaysWhy() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/cases/5")).willReturn(okJson(CASE.formatted("officer-1"))));
        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/cases/5/approve")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 403, \"detail\": \"A case is approved by someone other than its opener\"}")));
        Forms page = Forms.from("/console/cases/5");
        org.hamcrest.MatcherAssert.assertThat(page.html(), containsString("別のプライバシー担当者が判断します"));
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field()).formParam("note", "ok")
                .post("/console/cases/5/approve")
                .then().statusCode(403).body(containsString("二者確認のため"));
        GatewayStub.server.verify(postRequestedFor(urlPathEqualTo("/api/cases/5/approve")).withRequestBody(equalToJson("{\"note\": \"ok\"}")));
    }

    @Test
    @TestSecurity(user = "kimura", roles = "privacy-officer")
    @OidcSecurity(claims = @Claim(key = "sub", value = "officer-2"))
    void aSecondOfficerApproves() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/cases/5")).willReturn(okJson(CASE.formatted("officer-1"))));
        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/cases/5/approve"))
                .willReturn(okJson(CASE.formatted("officer-1").replace("\"open\"", "\"approved\""))));
        Forms page = Forms.from("/console/cases/5");
        org.hamcrest.MatcherAssert.assertThat(page.html(), not(containsString("別のプライバシー担当者が判断します")));
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("note", "Valid order").post("/console/cases/5/approve")
                .then().statusCode(303).header("Location", containsString("/console/cases/5?done=approved"));
    }
}
