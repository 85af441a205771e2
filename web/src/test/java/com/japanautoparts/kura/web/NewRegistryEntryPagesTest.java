package com.japanautoparts.kura.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The registry's forms that propose a new recipient and a new rule (applied once a second officer approves, as every
 * proposal): the rule form offers only what the data catalogue grants and no rule names yet, a window only for a
 * per-order pair; what is proposed is exactly what the service takes; its refusal is shown with the form as sent;
 * an unusable form sends nothing; staff cannot reach them.
 */
@QuarkusTest
@QuarkusTestResource(GatewayStub.class)
@TestSecurity(user = "kimura", roles = "privacy-officer")
class NewRegistryEntryPagesTest {

    static final String PROPOSED = """
            {"id": %d, "subject": "%s", "action": "create", "target": "%s", "status": "open",
             "proposedBy": "officer-1", "proposedAt": "2026-12-01T01:00:00Z"}""";

    @BeforeEach
    void stubs() {
        GatewayStub.reset();
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/rules")).willReturn(okJson(ProposalPagesTest.RULES)));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/recipients")).willReturn(okJson("[" + ProposalPagesTest.RECIPIENT + "]")));
    }

    @Test
    void theRegistryOffersBothFormsAndOnlyThePairsTheCatalogueGrantsWithoutARule() {
        String html = given().get("/console/registry").then().statusCode(200)
                .body(containsString("新しい提供先の登録を提案する"))
                .body(containsString("新しい規則を提案する"))
                .body(containsString("action=\"/console/registry/recipients\""))
                .body(containsString("action=\"/console/registry/rules\""))
                .extract().asString();
        // Every recipient kind of the catalogue may be registered.
        assertThat(html, containsString("<option value=\"credit-bureau\""));
        // carrier/delivery and staff/support have rules; the catalogue grants nothing else but payment-processor/payment.
        assertThat(html, containsString("<option value=\"payment-processor/payment\" data-per-order=\"yes\""));
        assertThat(html, not(containsString("value=\"carrier/delivery\"")));
        assertThat(html, not(containsString("value=\"staff/support\"")));
        assertThat(html, not(containsString("value=\"analytics/")));
        assertThat(html, containsString("id=\"new-rule-window\""));
        // The window's fields (one tag for both forms): a rule's own window as it is, required; the new rule's empty.
        assertThat(html, containsString("<option value=\"shipped\" selected>"));
        assertThat(html, containsString("id=\"rule-1-closes-delivered\" name=\"closesAt\" value=\"delivered\" checked"));
        assertThat(html, containsString("id=\"rule-1-grace\" name=\"grace\" value=\"P14D\" required"));
        assertThat(html, containsString("id=\"new-rule-grace\" name=\"grace\" value=\"\" maxlength"));
        assertThat(html, not(containsString("id=\"new-recipient\" open")));
        // Browsers check the country as two letters (a Qute expression such as {2} would not reach them).
        assertThat(html, containsString("name=\"country\" value=\"JP\" required maxlength=\"2\" pattern=\"[A-Za-z][A-Za-z]\""));

        given().header("Accept-Language", "en").get("/console/registry").then().statusCode(200)
                .body(containsString("Propose a new recipient"))
                .body(containsString("Propose a new rule"))
                .body(containsString("only pairs the data catalogue allows"));

        // Only staff/support left: a per-customer pair, so no window fields.
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/rules")).willReturn(okJson("""
                [{"id": 1, "recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
                  "window": {"opensAt": "shipped", "closesAt": ["delivered"], "grace": "P14D"}, "version": 1},
                 {"id": 2, "recipientKind": "payment-processor", "purpose": "payment", "legalBasis": "outsourcing",
                  "requiresAssignment": true, "window": {"opensAt": "paid", "closesAt": ["refunded"], "grace": "P30D"}, "version": 1}]""")));
        given().get("/console/registry").then().statusCode(200)
                .body(containsString("<option value=\"staff/support\">"))
                .body(not(containsString("id=\"new-rule-window\"")));

        // Every granted pair has a rule: the page says so instead of a form.
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/rules")).willReturn(okJson("""
                [{"id": 1, "recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
                  "window": {"opensAt": "shipped", "closesAt": ["delivered"], "grace": "P14D"}, "version": 1},
                 {"id": 2, "recipientKind": "payment-processor", "purpose": "payment", "legalBasis": "outsourcing",
                  "requiresAssignment": true, "window": {"opensAt": "paid", "closesAt": ["refunded"], "grace": "P30D"}, "version": 1},
                 {"id": 3, "recipientKind": "staff", "purpose": "support", "legalBasis": "contract", "requiresAssignment": false,
                  "requiresReason": true, "version": 1}]""")));
        given().get("/console/registry").then().statusCode(200)
                .body(containsString("id=\"no-new-rule\""))
                .body(not(containsString("action=\"/console/registry/rules\"")));
    }

    @Test
    void aNewRecipientIsProposedAsTheServiceTakesIt() {
        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/recipients")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(PROPOSED.formatted(160, "recipient", "carrier-sagawa"))));
        Forms page = Forms.from("/console/registry");
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("id", "carrier-sagawa").formParam("name", "佐川急便").formParam("kind", "carrier")
                .formParam("country", "jp").formParam("transferMechanism", "domestic").formParam("contractReference", "DPA-2026-07")
                .formParam("oidcClientId", "carrier-sagawa")
                .post("/console/registry/recipients")
                .then().statusCode(303).header("Location", containsString("/console/proposals?done=proposed#proposal-160"));
        GatewayStub.server.verify(postRequestedFor(urlPathEqualTo("/api/recipients")).withRequestBody(equalToJson("""
                {"id": "carrier-sagawa", "kind": "carrier", "name": "佐川急便", "country": "JP", "transferMechanism": "domestic",
                 "contractReference": "DPA-2026-07", "oidcClientId": "carrier-sagawa", "active": true}""")));
    }

    @Test
    void aNewPerOrderRuleIsProposedWithItsWindow() {
        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/rules")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(PROPOSED.formatted(161, "rule", "payment-processor/payment"))));
        Forms page = Forms.from("/console/registry");
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("pair", "payment-processor/payment").formParam("legalBasis", "outsourcing")
                .formParam("requiresReason", "yes").formParam("description", "Charges and refunds")
                .formParam("opensAt", "paid").formParam("closesAt", "refunded").formParam("closesAt", "cancelled")
                .formParam("grace", "p30d")
                .post("/console/registry/rules")
                .then().statusCode(303).header("Location", containsString("#proposal-161"));
        GatewayStub.server.verify(postRequestedFor(urlPathEqualTo("/api/rules")).withRequestBody(equalToJson("""
                {"recipientKind": "payment-processor", "purpose": "payment", "legalBasis": "outsourcing",
                 "requiresAssignment": true, "requiresReason": true, "description": "Charges and refunds",
                 "window": {"opensAt": "paid", "closesAt": ["refunded", "cancelled"], "grace": "P30D"}}""")));
    }

    @Test
    void theProposalsPageShowsWhatANewRecipientAndANewRuleWouldBe() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/rules/history")).willReturn(okJson("[]")));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/disclosures/proposals")).willReturn(okJson("""
                [{"id": 160, "subject": "recipient", "action": "create", "target": "carrier-sagawa",
                  "recipient": {"id": "carrier-sagawa", "name": "佐川急便", "kind": "carrier", "country": "JP",
                                "transferMechanism": "domestic", "contractReference": "DPA-2026-07", "active": true},
                  "status": "open", "proposedBy": "officer-1", "proposedAt": "2026-12-01T01:00:00Z"},
                 {"id": 161, "subject": "rule", "action": "create", "target": "payment-processor/payment",
                  "rule": {"recipientKind": "payment-processor", "purpose": "payment", "legalBasis": "outsourcing",
                           "requiresAssignment": true, "requiresReason": false,
                           "window": {"opensAt": "paid", "closesAt": ["refunded"], "grace": "P30D"}},
                  "status": "open", "proposedBy": "officer-1", "proposedAt": "2026-12-01T01:05:00Z"}]""")));
        String html = given().get("/console/proposals").then().statusCode(200)
                .body(containsString("提供先 carrier-sagawa の新規登録"))
                .body(containsString("規則 payment-processor/payment の新規登録"))
                .extract().asString();
        String recipient = html.substring(html.indexOf("id=\"proposal-160\""), html.indexOf("id=\"proposal-161\""));
        assertThat(recipient, containsString("佐川急便"));
        assertThat(recipient, containsString("DPA-2026-07"));
        String rule = html.substring(html.indexOf("id=\"proposal-161\""));
        assertThat(rule, containsString("30 日"));
    }

    @Test
    void theServicesRefusalIsShownWithTheFormAsSent() {
        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/recipients")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 409, \"detail\": \"A recipient with this id is already registered\"}")));
        Forms page = Forms.from("/console/registry");
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("id", "carrier-yamato").formParam("name", "Yamato Again").formParam("kind", "carrier")
                .formParam("country", "JP").formParam("transferMechanism", "domestic")
                .post("/console/registry/recipients")
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("この操作は現在の状態では行えません。"))
                .body(containsString("A recipient with this id is already registered"))
                .body(containsString("id=\"new-recipient\" open"))
                .body(containsString("value=\"Yamato Again\""));

        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/rules")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 422, \"detail\": \"grace must be at most one year\"}")));
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("pair", "payment-processor/payment").formParam("legalBasis", "outsourcing")
                .formParam("opensAt", "paid").formParam("closesAt", "refunded").formParam("grace", "P2Y")
                .post("/console/registry/rules")
                .then().statusCode(422)
                .body(containsString("入力内容を確認してください。"))
                .body(containsString("grace must be at most one year"))
                .body(containsString("id=\"new-rule\" open"))
                .body(containsString("value=\"P2Y\""));

        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/recipients")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 400, \"detail\": \"country: must be an ISO 3166-1 alpha-2 code such as JP\"}")));
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("id", "carrier-new").formParam("name", "New").formParam("kind", "carrier")
                .formParam("country", "J1").formParam("transferMechanism", "domestic")
                .post("/console/registry/recipients")
                .then().statusCode(400).body(containsString("must be an ISO 3166-1 alpha-2 code"));
    }

    @Test
    void anUnusableFormOrOneWithoutItsTokenSendsNothing() {
        Forms page = Forms.from("/console/registry");
        // A pair the catalogue does not grant, a per-order pair without its window, an id the service would not take.
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("pair", "analytics/delivery").formParam("legalBasis", "consent")
                .post("/console/registry/rules").then().statusCode(422).body(containsString("入力内容を確認してください。"));
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("pair", "payment-processor/payment").formParam("legalBasis", "outsourcing")
                .post("/console/registry/rules").then().statusCode(422);
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("id", "Not An Id").formParam("name", "X").formParam("kind", "carrier")
                .formParam("country", "JP").formParam("transferMechanism", "domestic")
                .post("/console/registry/recipients").then().statusCode(422);
        given().formParam("id", "carrier-x").formParam("name", "X").formParam("kind", "carrier")
                .formParam("country", "JP").formParam("transferMechanism", "domestic")
                .post("/console/registry/recipients").then().statusCode(400);
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", "forged")
                .formParam("pair", "staff/support").formParam("legalBasis", "contract")
                .post("/console/registry/rules").then().statusCode(400);
        GatewayStub.server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    @TestSecurity(user = "sato", roles = "staff")
    void staffCannotReachTheForms() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/cases")).willReturn(okJson("[]")));
        Forms page = Forms.from("/console/cases");
        given().get("/console/registry").then().statusCode(403);
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("id", "carrier-x").formParam("name", "X").formParam("kind", "carrier")
                .formParam("country", "JP").formParam("transferMechanism", "domestic")
                .post("/console/registry/recipients").then().statusCode(403);
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("pair", "staff/support").formParam("legalBasis", "contract")
                .post("/console/registry/rules").then().statusCode(403);
        GatewayStub.server.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    @TestSecurity(user = "taro", roles = "customer")
    void customersCannotReachTheForms() {
        given().get("/console/registry").then().statusCode(403);
        given().formParam("pair", "staff/support").formParam("legalBasis", "contract")
                .post("/console/registry/rules").then().statusCode(org.hamcrest.Matchers.oneOf(400, 403));
        GatewayStub.server.verify(0, postRequestedFor(anyUrl()));
    }
}
