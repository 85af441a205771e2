package com.japanautoparts.kura.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * Rules and recipients change by proposals a second officer approves (disclosure-service, issue 15): the registry's
 * forms propose the whole new state without losing what the pages do not show, a stale form is refused, the proposals
 * page shows what each proposal changes, the proposer's approval is refused by the service and the page says why, a
 * second officer's approval goes through. The refusals and reads page shows floods and unusual hours.
 */
@QuarkusTest
@QuarkusTestResource(GatewayStub.class)
@TestSecurity(user = "kimura", roles = "privacy-officer")
class ProposalPagesTest {

    /** The rules as disclosure-service answers, with a field this module does not know (kept when proposing). */
    static final String RULES = """
            [{"id": 1, "recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
              "requiresReason": false, "description": "Delivery of assigned orders",
              "window": {"opensAt": "shipped", "closesAt": ["delivered", "cancelled", "refunded"], "grace": "P14D"},
              "version": 2, "futureField": {"kept": true},
              "dataItems": ["user.name", "user.contact.address.shipping", "user.contact.phone_number"]},
             {"id": 3, "recipientKind": "staff", "purpose": "support", "legalBasis": "contract", "requiresAssignment": false,
              "requiresReason": true, "description": "Support look-ups", "version": 1, "dataItems": ["user.name", "user.contact.email"]}]""";

    static final String RECIPIENT = """
            {"id": "carrier-yamato", "name": "Yamato Transport", "kind": "carrier", "country": "JP", "transferMechanism": "domestic",
             "contractReference": "DPA-2026-01", "provider": {"name": "Yamato Holdings", "address": "Tokyo"},
             "oidcClientId": "carrier-yamato", "active": true, "version": 3}""";

    static final String PROPOSAL = """
            {"id": 151, "subject": "rule", "action": "change", "target": "carrier/delivery", "baseVersion": 2,
             "rule": {"recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
                      "requiresReason": false, "description": "Returns take up to 30 days",
                      "window": {"opensAt": "shipped", "closesAt": ["delivered", "cancelled", "refunded"], "grace": "P30D"}},
             "status": "%s", "proposedBy": "officer-1", "proposedAt": "2026-12-01T01:00:00Z"}""";

    @BeforeEach
    void stubs() {
        GatewayStub.reset();
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/rules")).willReturn(okJson(RULES)));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/recipients")).willReturn(okJson("[" + RECIPIENT + "]")));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/recipients/carrier-yamato")).willReturn(okJson(RECIPIENT)));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/recipients/carrier-yamato/history")).willReturn(okJson("[]")));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/rules/history")).willReturn(okJson("""
                [{"id": 150, "subject": "rule", "action": "change", "target": "carrier/delivery", "baseVersion": 1,
                  "rule": {"recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
                           "window": {"opensAt": "shipped", "closesAt": ["delivered"], "grace": "P14D"}},
                  "status": "applied", "proposedBy": "officer-2", "proposedAt": "2026-11-01T01:00:00Z",
                  "decidedBy": "officer-1", "decidedAt": "2026-11-02T01:00:00Z", "decisionNote": "Contract section 7",
                  "appliedVersion": 2}]""")));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/disclosures/proposals"))
                .willReturn(okJson("[" + PROPOSAL.formatted("open") + "]")));
    }

    @Test
    void theRegistryShowsVersionsWindowsAndAChangeFormPerRule() {
        given().get("/console/registry").then().statusCode(200)
                .body(containsString("注文が「発送済み」になってから、「配達済み、キャンセル、返金済み」の後 14 日 まで"))
                .body(containsString("action=\"/console/registry/rules/1\""))
                .body(containsString("href=\"/console/registry/recipients/carrier-yamato\""))
                .body(containsString("href=\"/console/proposals\""));
    }

    @Test
    void aRuleChangeIsProposedWholeKeepingWhatThePageDoesNotShow() {
        GatewayStub.server.stubFor(put(urlPathEqualTo("/api/rules/1")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody(PROPOSAL.formatted("open"))));
        Forms page = Forms.from("/console/registry");
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("version", "2").formParam("legalBasis", "outsourcing").formParam("description", "Returns take up to 30 days")
                .formParam("opensAt", "shipped").formParam("closesAt", "delivered").formParam("closesAt", "refunded")
                .formParam("closesAt", "not-a-stage").formParam("grace", " p30d ")
                .post("/console/registry/rules/1")
                .then().statusCode(303).header("Location", containsString("/console/proposals?done=proposed#proposal-151"));
        // The whole rule: without what the service assigns (id, version) or derives (dataItems); an unknown field kept.
        GatewayStub.server.verify(putRequestedFor(urlPathEqualTo("/api/rules/1")).withRequestBody(equalToJson("""
                {"recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
                 "requiresReason": false, "description": "Returns take up to 30 days",
                 "window": {"opensAt": "shipped", "closesAt": ["delivered", "refunded"], "grace": "P30D"},
                 "futureField": {"kept": true}}""")));
    }

    @Test
    void aFormShownForAnOlderVersionIsRefusedAndNothingIsProposed() {
        Forms page = Forms.from("/console/registry");
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("version", "1").formParam("legalBasis", "outsourcing").formParam("opensAt", "shipped")
                .formParam("closesAt", "delivered").formParam("grace", "P30D")
                .post("/console/registry/rules/1")
                .then().statusCode(409).body(containsString("id=\"notice\""));
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field()).formParam("version", "1")
                .post("/console/registry/rules/3/remove")
                .then().statusCode(422);
        GatewayStub.server.verify(0, putRequestedFor(anyUrl()));
        GatewayStub.server.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    void aRecipientChangeKeepsItsProviderAndClient() {
        GatewayStub.server.stubFor(put(urlPathEqualTo("/api/recipients/carrier-yamato")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": 152, "subject": "recipient", "action": "change", "target": "carrier-yamato", "status": "open",
                         "proposedBy": "officer-1", "proposedAt": "2026-12-01T01:00:00Z"}""")));
        Forms page = Forms.from("/console/registry/recipients/carrier-yamato");
        assertThat(page.html(), containsString("value=\"Yamato Transport\""));
        // The box "active" left unticked: a proposal to deactivate.
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("version", "3").formParam("name", "Yamato Transport").formParam("country", "jp")
                .formParam("transferMechanism", "domestic").formParam("contractReference", "DPA-2026-02")
                .post("/console/registry/recipients/carrier-yamato")
                .then().statusCode(303).header("Location", containsString("#proposal-152"));
        GatewayStub.server.verify(putRequestedFor(urlPathEqualTo("/api/recipients/carrier-yamato")).withRequestBody(equalToJson("""
                {"id": "carrier-yamato", "name": "Yamato Transport", "kind": "carrier", "country": "JP",
                 "transferMechanism": "domestic", "contractReference": "DPA-2026-02",
                 "provider": {"name": "Yamato Holdings", "address": "Tokyo"}, "oidcClientId": "carrier-yamato", "active": false}""")));
        given().get("/console/registry/recipients/Not%20an%20id").then().statusCode(404);
    }

    @Test
    @OidcSecurity(claims = @Claim(key = "sub", value = "officer-1"))
    void theProposerSeesWhatChangesAndTheirApprovalIsRefused() {
        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/disclosures/proposals/151/approve")).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 403, \"detail\": \"A proposal is decided by someone other than its proposer\"}")));
        Forms page = Forms.from("/console/proposals");
        String html = page.html();
        assertThat(html, containsString("規則 carrier/delivery の変更"));
        assertThat(html, containsString("14 日"));
        assertThat(html, containsString("30 日"));
        assertThat(html, containsString("id=\"second-person-needed-151\""));
        // The history of the rules: who proposed, who approved, the version it became.
        assertThat(html, containsString("Contract section 7"));
        assertTrue(html.indexOf("class=\"changed\"") > 0, "the changed field is marked");
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field()).formParam("note", "自分で承認")
                .post("/console/proposals/151/approve")
                .then().statusCode(403).body(containsString("二者確認のため"))
                .body(containsString("A proposal is decided by someone other than its proposer"));
        GatewayStub.server.verify(postRequestedFor(urlPathEqualTo("/api/disclosures/proposals/151/approve"))
                .withRequestBody(equalToJson("{\"note\": \"自分で承認\"}")));
    }

    @Test
    @OidcSecurity(claims = @Claim(key = "sub", value = "officer-2"))
    void aSecondOfficerApproves() {
        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/disclosures/proposals/151/approve"))
                .willReturn(okJson(PROPOSAL.formatted("applied"))));
        Forms page = Forms.from("/console/proposals");
        assertThat(page.html(), not(containsString("id=\"second-person-needed-151\"")));
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("note", "Agreed with the carrier contract").post("/console/proposals/151/approve")
                .then().statusCode(303).header("Location", containsString("/console/proposals?done=approved"));
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field()).formParam("note", "x")
                .post("/console/proposals/151/undo").then().statusCode(404);
    }

    @Test
    void refusalsAndUnusualReadsAreShownAndOneServiceDownHidesOnlyItsPart() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/disclosures/refusals")).willReturn(okJson("""
                {"pending": [{"recipientId": "carrier-sagawa", "actor": "carrier-sagawa", "reason": "rate-limited", "purpose": "delivery",
                              "attempts": 4120, "subjects": 0, "from": "2026-12-01T03:04:00Z", "to": "2026-12-01T03:04:41Z"}],
                 "recorded": [{"recipientId": "carrier-sagawa", "actor": "carrier-sagawa", "reason": "malformed-id", "purpose": "delivery",
                               "attempts": 61, "subjects": 0, "from": "2026-12-01T03:03:00Z", "to": "2026-12-01T03:04:00Z",
                               "ledgerId": 918}]}""")));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/contacts/access-log/anomalies")).willReturn(okJson("""
                [{"hour": "2026-12-01T02:00:00Z", "reader": "gateway", "reads": 3, "customers": 3, "misses": 0, "anomalous": false},
                 {"hour": "2026-12-01T03:00:00Z", "reader": "storefront", "reads": 41250, "customers": 40988, "misses": 2,
                  "anomalous": true}]""")));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/disclosures/notices/unacknowledged")).willReturn(okJson("""
                [{"id": 7, "recipientId": "carrier-yamato", "recipientName": "Yamato Transport", "recipientKind": "CARRIER",
                  "subject": "customer-taro", "reference": "order:ord-1234", "kind": "CORRECTION",
                  "dataItems": ["user.contact.address.shipping"], "notifiedAt": "2026-12-01T03:10:00Z", "ledgerId": 931},
                 {"id": 9, "recipientId": "processor-kpay", "recipientName": "K-Pay", "recipientKind": "PAYMENT_PROCESSOR",
                  "subject": "customer-hanako", "reference": "order:ord-5678", "kind": "ERASURE",
                  "dataItems": ["user.name"], "notifiedAt": "2026-12-01T04:00:00Z", "ledgerId": 940}]""")));
        String html = given().get("/console/activity").then().statusCode(200)
                .body(containsString("要求が多すぎる（速度制限）"))
                .body(containsString("形式の誤った ID"))
                .body(containsString("位置 918"))
                .body(containsString("通常を超える時間帯が 1 件あります"))
                .extract().asString();
        assertTrue(html.indexOf("4120") < html.indexOf(">61<"), "busiest first");
        assertTrue(html.indexOf("41250") < html.indexOf("<code>gateway</code>"), "unusual hours first");
        String notices = html.substring(html.indexOf("id=\"notices\""));
        assertTrue(notices.indexOf("Yamato Transport") < notices.indexOf("K-Pay"), "oldest first");
        assertTrue(notices.contains("訂正") && notices.contains("消去") && notices.contains("order:ord-1234")
                && notices.contains("位置 931"), notices);
        assertFalse(html.contains("customer-taro"), "never whose data");
        GatewayStub.server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/api/disclosures/notices/unacknowledged")).withQueryParam("limit",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("200")));
        GatewayStub.server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/api/disclosures/refusals")).withQueryParam("minutes",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("1440")));

        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/contacts/access-log/anomalies")).willReturn(aResponse().withStatus(503)));
        given().get("/console/activity").then().statusCode(200)
                .body(containsString("id=\"reads-unavailable\""))
                .body(containsString("形式の誤った ID"));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/disclosures/notices/unacknowledged")).willReturn(okJson("[]")));
        given().get("/console/activity").then().statusCode(200).body(containsString("id=\"no-notices\""));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/disclosures/notices/unacknowledged"))
                .willReturn(aResponse().withStatus(503)));
        given().get("/console/activity").then().statusCode(200)
                .body(containsString("id=\"notices-unavailable\"")).body(containsString("形式の誤った ID"));
    }

    @Test
    @TestSecurity(user = "sato", roles = "staff")
    void staffSeeNeitherProposalsNorActivity() {
        given().get("/console/proposals").then().statusCode(403);
        given().get("/console/activity").then().statusCode(403);
        given().get("/console/registry/recipients/carrier-yamato").then().statusCode(403);
    }
}
