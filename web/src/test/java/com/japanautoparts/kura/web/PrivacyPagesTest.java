package com.japanautoparts.kura.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.web.rest.ErrorPages;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * The privacy center against a stand-in gateway: what the pages show, what the forms send (with the customer's own
 * token, CSRF-checked), refusals shown on the page, a service that is down.
 */
@QuarkusTest
@QuarkusTestResource(GatewayStub.class)
@TestSecurity(user = "hanako", roles = "customer")
@OidcSecurity(claims = { @Claim(key = "sub", value = "7c0e2f4a-3d1b-4a8e-9c2f-1b5d6e7f8a90"), @Claim(key = "name", value = "Hanako Yamada") })
class PrivacyPagesTest {

    /** What contact-service holds, including a field these pages do not show yet (an address's kana, from a later version). */
    static final String CONTACT = """
            {"name": {"family": "山田", "given": "花子", "familyKana": "ヤマダ"},
             "addresses": [
               {"type": "SHIPPING", "country": "JP", "postalCode": "150-0001", "region": "東京都", "locality": "渋谷区",
                "line1": "神宮前1-2-3", "line1Kana": "ジングウマエ"},
               {"type": "BILLING", "country": "JP", "postalCode": "100-0005", "region": "東京都", "locality": "千代田区", "line1": "丸の内1-1"}],
             "phones": [{"type": "MOBILE", "number": "+81 90-1234-5678"}],
             "emails": [{"address": "hanako@example.jp"}]}""";

    @BeforeEach
    void stubs() {
        GatewayStub.reset();
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/contacts/me")).willReturn(okJson(CONTACT)));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/contacts/me/history")).willReturn(okJson("""
                [{"at": "2026-11-30T01:00:00Z", "actor": "customer", "field": "addresses[0]", "kind": "CHANGED"}]""")));
        GatewayStub.server.stubFor(patch(urlPathEqualTo("/api/contacts/me")).willReturn(okJson(CONTACT)));
    }

    @Test
    void myDataShowsWhatIsHeldInJapanese() {
        given().get("/privacy/data").then().statusCode(200)
                .body(containsString("<html lang=\"ja\">"))
                .body(containsString("山田 花子"))
                .body(containsString("<p class=\"value\" id=\"name-reading\">ヤマダ </p>"))
                .body(containsString("<label for=\"name-family-kana\">セイ（フリガナ）</label>"))
                .body(containsString("〒150-0001 東京都渋谷区神宮前1-2-3"))
                .body(containsString("hanako@example.jp"))
                .body(containsString("住所（1 件目）"))
                .body(containsString("Hanako Yamada さんでログイン中"))
                // Every input has a label.
                .body(containsString("<label for=\"address-0-postalCode\">郵便番号</label>"));
    }

    /** The gateway's request id goes on with the page's calls, so one page view is one id in every log; a malformed one does not. */
    @Test
    void thePageRequestsIdGoesOnToTheGateway() {
        given().header("X-Request-Id", "page-view-42").get("/privacy/data").then().statusCode(200);
        GatewayStub.server.verify(getRequestedFor(urlPathEqualTo("/api/contacts/me"))
                .withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("page-view-42")));

        GatewayStub.server.resetRequests();
        given().header("X-Request-Id", "two words").get("/privacy/data").then().statusCode(200);
        GatewayStub.server.verify(getRequestedFor(urlPathEqualTo("/api/contacts/me")).withoutHeader("X-Request-Id"));
    }

    /** This module's own log lines name the page request's id too, as every service's do; a malformed id is left out. */
    @Test
    void theModulesOwnLogLinesNameThePageRequestsId() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/contacts/me")).willReturn(aResponse().withStatus(500)));
        List<String> ids = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getMessage() != null && ext.getMessage().startsWith("An API answered")) {
                    ids.add(String.valueOf(ext.getMdc("requestId")));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ErrorPages.class.getName());
        logger.addHandler(handler);
        try {
            given().header("X-Request-Id", "page-view-43").get("/privacy/data").then().statusCode(502);
            given().header("X-Request-Id", "two words").get("/privacy/data").then().statusCode(502);
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(List.of("page-view-43", "null"), ids);
    }

    @Test
    void afterAnActionThePageSaysWhatHappenedButNeverEchoesTheLink() {
        given().get("/privacy/data?done=saved").then().statusCode(200)
                .body(containsString("role=\"status\" id=\"notice\""))
                .body(containsString("保存しました。"));
        given().get("/privacy/data?done=%3Cscript%3Ealert(1)%3C/script%3E").then().statusCode(200)
                .body(not(containsString("id=\"notice\"")))
                .body(not(containsString("alert(1)")));
    }

    @Test
    void aCorrectedAddressIsSentAsAMergePatchThatKeepsEveryOtherFieldWithTheCustomersToken() {
        Forms page = Forms.from("/privacy/data");
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie())
                .formParam("csrf-token", page.field()).formParam("fingerprint", fingerprint(page, "/privacy/data/addresses/0"))
                .formParam("type", "SHIPPING").formParam("country", "JP").formParam("postalCode", "１５００００２")
                .formParam("region", "東京都").formParam("locality", "渋谷区").formParam("line1", "渋谷2-21-1").formParam("line2", "")
                .post("/privacy/data/addresses/0")
                .then().statusCode(303).header("Location", containsString("/privacy/data?done=saved"));

        GatewayStub.server.verify(patchRequestedFor(urlPathEqualTo("/api/contacts/me"))
                .withHeader("Content-Type", containsStringPattern("application/merge-patch\\+json"))
                .withHeader("Authorization", matching("Bearer [A-Za-z0-9_.-]+"))
                .withRequestBody(equalToJson("""
                        {"addresses": [
                          {"type": "SHIPPING", "country": "JP", "postalCode": "150-0002", "region": "東京都", "locality": "渋谷区",
                           "line1": "渋谷2-21-1", "line1Kana": "ジングウマエ"},
                          {"type": "BILLING", "country": "JP", "postalCode": "100-0005", "region": "東京都", "locality": "千代田区", "line1": "丸の内1-1"}]}""")));
    }

    @Test
    void aFormShownBeforeTheDataChangedIsRefusedAndNothingIsSent() {
        Forms page = Forms.from("/privacy/data");
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("fingerprint", "0000000000000000").formParam("type", "SHIPPING").formParam("postalCode", "150-0002")
                .post("/privacy/data/addresses/0")
                .then().statusCode(409).body(containsString("表示したあとで情報が変更されていました"));
        GatewayStub.server.verify(0, patchRequestedFor(urlPathEqualTo("/api/contacts/me")));
    }

    @Test
    void everyFormNeedsItsCsrfTokenAndAFormBody() {
        Forms page = Forms.from("/privacy/data");
        String fingerprint = fingerprint(page, "/privacy/data/name");
        // No token.
        given().cookie(Forms.COOKIE, page.cookie()).formParam("fingerprint", fingerprint).formParam("family", "X")
                .post("/privacy/data/name").then().statusCode(400);
        // A token that does not match the cookie.
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", "forged").formParam("fingerprint", fingerprint)
                .formParam("family", "X").post("/privacy/data/name").then().statusCode(400);
        // JSON instead of a form (a cross-site fetch would try that).
        given().cookie(Forms.COOKIE, page.cookie()).contentType("application/json").body("{\"family\": \"X\"}")
                .post("/privacy/data/name").then().statusCode(org.hamcrest.Matchers.oneOf(400, 415));
        GatewayStub.server.verify(0, patchRequestedFor(urlPathEqualTo("/api/contacts/me")));
        // The same form with its token goes through.
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("fingerprint", fingerprint).formParam("family", "佐藤").formParam("given", "花子")
                .post("/privacy/data/name").then().statusCode(303);
        GatewayStub.server.verify(patchRequestedFor(urlPathEqualTo("/api/contacts/me"))
                .withRequestBody(equalToJson("{\"name\": {\"family\": \"佐藤\", \"given\": \"花子\", \"familyKana\": \"ヤマダ\"}}")));
    }

    @Test
    void aServiceRefusalIsShownOnThePageWithItsDetail() {
        GatewayStub.server.stubFor(patch(urlPathEqualTo("/api/contacts/me")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 400, \"title\": \"Bad Request\", \"detail\": \"addresses[0].postalCode: must be NNN-NNNN in Japan\"}")));
        Forms page = Forms.from("/privacy/data");
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("fingerprint", fingerprint(page, "/privacy/data/addresses/0")).formParam("type", "SHIPPING")
                .formParam("postalCode", "12").post("/privacy/data/addresses/0")
                .then().statusCode(400)
                .body(containsString("role=\"alert\""))
                .body(containsString("入力内容を確認してください"))
                .body(containsString("must be NNN-NNNN in Japan"));
    }

    @Test
    void anErasureRequestNeedsTheBoxTickedAndThenGoesToTheGateway() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/me/requests")).willReturn(okJson("[]")));
        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/me/requests")).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "33333333-3333-4333-8333-333333333333", "type": "erasure", "status": "received",
                         "receivedAt": "2026-12-01T00:00:00Z", "dueAt": "2026-12-15T00:00:00Z", "progress": []}""")));
        Forms page = Forms.from("/privacy/requests");
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field()).formParam("type", "erasure")
                .post("/privacy/requests").then().statusCode(422).body(containsString("チェックを入れてください"));
        GatewayStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/me/requests")));
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .formParam("type", "erasure").formParam("confirm", "yes").post("/privacy/requests")
                .then().statusCode(303)
                .header("Location", containsString("/privacy/requests/33333333-3333-4333-8333-333333333333?done=filed"));
        GatewayStub.server.verify(postRequestedFor(urlPathEqualTo("/api/me/requests")).withRequestBody(equalToJson("{\"type\": \"erasure\"}")));
    }

    @Test
    void whoReceivedMyDataInPlainWords() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/disclosures/me")).willReturn(okJson("""
                [{"id": 3, "at": "2026-12-01T02:00:00Z", "recipientName": "Yamato Transport", "recipientKind": "carrier",
                  "dataItems": ["user.name", "user.contact.address.shipping", "user.contact.phone_number"],
                  "purpose": "delivery", "legalBasis": "outsourcing", "reference": "order:1a2b3c4d-0000-4000-8000-000000000000",
                  "times": 1204, "lastAt": "2026-12-04T02:00:00Z",
                  "notices": [{"kind": "correction", "dataItems": ["user.contact.address.shipping"],
                               "notifiedAt": "2026-12-02T01:00:00Z", "acknowledgedAt": "2026-12-02T05:00:00Z"},
                              {"kind": "erasure", "dataItems": ["user.name", "user.contact.address.shipping"],
                               "notifiedAt": "2026-12-03T01:00:00Z"}]},
                 {"id": 4, "at": "2026-12-01T03:00:00Z", "recipientName": "Customer support", "recipientKind": "staff",
                  "dataItems": ["user.name", "user.contact.email"], "purpose": "support", "legalBasis": "contract"}]""")));
        given().header("Accept-Language", "en").get("/privacy/recipients").then().statusCode(200)
                .body(containsString("On 1 Dec 2026, Yamato Transport received your name, shipping address and phone number"
                        + " to deliver order 1a2b3c4d. They received it 1,204 times in all, the last on 4 Dec 2026."))
                .body(containsString("Basis: outsourcing (a contractor acting for us)"))
                .body(containsString("On 2 Dec 2026 they were told that you corrected your shipping address. They acknowledged it on 2 Dec 2026."))
                .body(containsString("On 3 Dec 2026 they were told to erase your name and shipping address. They have not acknowledged it yet."))
                .body(containsString("On 1 Dec 2026, a member of our customer support looked at your name and email address"
                        + " to answer your enquiry.</"));
        given().get("/privacy/recipients").then().statusCode(200)
                .body(containsString("2026年12月1日、Yamato Transport が、ご注文 1a2b3c4d をお届けするために、"
                        + "あなたのお名前、お届け先の住所、電話番号を受け取りました。全部で1,204回、最後は2026年12月4日に受け取りました。"))
                .body(containsString("2026年12月2日、あなたがお届け先の住所を訂正したことを伝えました。2026年12月2日に確認を受けました。"));
    }

    @Test
    void withdrawingSpecialsIsOneFormThatRecordsWhereItWasDone() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/purposes")).willReturn(okJson("""
                [{"key": "marketing-email-specials", "description": "Email about specials", "legalBasis": "consent",
                  "dataUse": "marketing.communications.email", "saleOrSharing": false, "requiredSourcePage": "account-login-page"}]""")));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/consents/me")).willReturn(okJson("""
                [{"purpose": "marketing-email-specials", "state": "granted", "recordId": 7, "since": "2026-11-01T00:00:00Z",
                  "source": {"channel": "web", "page": "account-login-page"}, "policyVersion": "2026-11"}]""")));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/consents/me/history")).willReturn(okJson("[]")));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/consents/me/eligibility/marketing-email-specials")).willReturn(okJson("""
                {"purpose": "marketing-email-specials", "eligible": true, "basedOnRecordId": 7, "grantedAt": "2026-11-01T00:00:00Z"}""")));
        GatewayStub.server.stubFor(post(urlPathEqualTo("/api/consents/me/marketing-email-specials/withdraw"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{\"id\": 8}")));

        Forms page = Forms.from("/privacy/consents");
        org.hamcrest.MatcherAssert.assertThat(page.html(), containsString("現在、セール情報のメールをお送りしています。"));
        given().redirects().follow(false).cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .header("User-Agent", "Mozilla/5.0 (test)")
                .post("/privacy/consents/marketing-email-specials/withdraw")
                .then().statusCode(303).header("Location", containsString("/privacy/consents?done=withdrawn"));
        GatewayStub.server.verify(postRequestedFor(urlPathEqualTo("/api/consents/me/marketing-email-specials/withdraw"))
                .withRequestBody(equalToJson("{\"channel\": \"web\", \"page\": \"privacy-center\", \"userAgent\": \"Mozilla/5.0 (test)\"}")));
        // A purpose nobody registered is not passed on.
        given().cookie(Forms.COOKIE, page.cookie()).formParam("csrf-token", page.field())
                .post("/privacy/consents/everything/withdraw").then().statusCode(404);
        GatewayStub.server.verify(0, postRequestedFor(urlPathEqualTo("/api/consents/me/everything/withdraw")));
    }

    @Test
    void aServiceThatIsDownGivesAPageSayingSoNotAStackTrace() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/contacts/me")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/problem+json").withHeader("Retry-After", "5")
                .withBody("{\"status\": 503, \"detail\": \"The contacts service is unavailable; try again shortly\"}")));
        given().get("/privacy/data").then().statusCode(503)
                .header("Retry-After", "5")
                .body(containsString("ただいま利用できません"))
                .body(not(containsString("Exception")));
        given().get("/privacy/requests/not-a-request-id").then().statusCode(404).body(containsString("見つかりません"));
        GatewayStub.server.verify(0, anyRequestedFor(anyUrl()).withUrl("/api/me/requests/not-a-request-id"));
    }

    /** The fingerprint field of the form posting to {@code action}. */
    static String fingerprint(Forms page, String action) {
        Matcher form = Pattern.compile("action=\"" + Pattern.quote(action) + "\"[\\s\\S]*?name=\"fingerprint\" value=\"([0-9a-f]+)\"")
                .matcher(page.html());
        if (!form.find()) {
            throw new AssertionError("no fingerprint in the form to " + action);
        }
        return form.group(1);
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern containsStringPattern(String regex) {
        return matching(".*" + regex + ".*");
    }
}
