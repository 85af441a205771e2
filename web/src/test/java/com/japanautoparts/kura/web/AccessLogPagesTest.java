package com.japanautoparts.kura.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

/**
 * "Who at the store looked at my data" in plain words (contact-service's access log, issue 15), and the access export's
 * download window (gateway, issue 14): until when it can be downloaded, and a clear message once it cannot.
 */
@QuarkusTest
@QuarkusTestResource(GatewayStub.class)
@TestSecurity(user = "hanako", roles = "customer")
@OidcSecurity(claims = @Claim(key = "sub", value = "7c0e2f4a-3d1b-4a8e-9c2f-1b5d6e7f8a90"))
class AccessLogPagesTest {

    static final String REQUEST_ID = "33333333-3333-4333-8333-333333333333";

    @BeforeEach
    void stubs() {
        GatewayStub.reset();
    }

    @Test
    void whoAtTheStoreLookedAtMyDataInPlainWords() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/contacts/me/access-log")).willReturn(okJson("""
                [{"at": "2026-11-30T09:00:00Z", "reader": "disclosure-service", "onBehalfOf": "staff", "purpose": "support",
                  "dataItems": ["user.name", "user.contact.email"]},
                 {"at": "2026-12-01T03:04:05Z", "reader": "storefront", "purpose": "checkout",
                  "dataItems": ["user.name", "user.contact.address.shipping", "user.contact.phone_number"]},
                 {"at": "2026-12-01T04:00:00Z", "reader": "new-system", "purpose": "audit", "dataItems": ["user.contact.email"]}]""")));
        String html = given().get("/privacy/access-log").then().statusCode(200)
                .body(containsString("2026年12月1日 12:04、オンラインストアが、ご注文の手続きのために、あなたのお名前、お届け先の住所、電話番号を見ました。"))
                .body(containsString("サポート担当の社員が、お問い合わせに対応するために"))
                // A reader or purpose not known yet is shown as it is, never hidden.
                .body(containsString("ストアのシステム「new-system」"))
                .body(containsString("「audit」のために"))
                .body(containsString("href=\"/privacy/recipients\""))
                .body(containsString("aria-current=\"page\""))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(html.indexOf("new-system") < html.indexOf("オンラインストア"), "newest first");
        given().header("Accept-Language", "en").get("/privacy/access-log").then().statusCode(200)
                .body(containsString("On 1 Dec 2026, 12:04, the online store looked at your name, shipping address and phone number to process your order at checkout."));
    }

    @Test
    void nobodyLookedAndNoContactDataHeld() {
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/contacts/me/access-log")).willReturn(aResponse().withStatus(404)));
        given().get("/privacy/access-log").then().statusCode(200).body(containsString("id=\"no-reads\""));
    }

    @Test
    @TestSecurity(user = "kimura", roles = "privacy-officer")
    void onlyForCustomers() {
        given().get("/privacy/access-log").then().statusCode(403);
    }

    @Test
    void theExportShowsUntilWhenItCanBeDownloaded() {
        Instant until = Instant.parse("2099-12-08T01:00:00Z");
        stubRequest(until);
        given().get("/privacy/requests/" + REQUEST_ID).then().statusCode(200)
                .body(containsString("id=\"download-export\""))
                .body(containsString("2099年12月8日 10:00 までダウンロードできます。"));
        given().get("/privacy/requests").then().statusCode(200).body(containsString("2099年12月8日 10:00 までダウンロードできます。"));
    }

    @Test
    void afterItsWindowTheExportIsGoneAndThePageSaysSo() {
        stubRequest(Instant.now().minus(1, ChronoUnit.HOURS));
        given().get("/privacy/requests/" + REQUEST_ID).then().statusCode(200)
                .body(not(containsString("id=\"download-export\"")))
                .body(containsString("id=\"export-expired\""))
                .body(containsString("新しく開示請求をしてください"));
        given().get("/privacy/requests").then().statusCode(200).body(containsString("ダウンロード期間終了"));
        // An old link: the gateway answers 410, the page explains instead of an error.
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/me/requests/" + REQUEST_ID + "/export")).willReturn(aResponse()
                .withStatus(410).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 410, \"detail\": \"The export is no longer available\"}")));
        given().get("/privacy/requests/" + REQUEST_ID + "/export").then().statusCode(410)
                .contentType(containsString("text/html"))
                .body(containsString("ダウンロードできる期間が終わり"));
    }

    @Test
    void theExportPassesThroughAsItArrivesWithItsHeaders() {
        stubRequest(Instant.parse("2099-12-08T01:00:00Z"));
        // A part larger than any buffer on the way, with multi-byte names: the same bytes reach the browser.
        StringBuilder document = new StringBuilder("{\"customerId\":\"7c0e2f4a-3d1b-4a8e-9c2f-1b5d6e7f8a90\",\"orders\":[");
        for (int i = 0; i < 3000; i++) {
            document.append(i == 0 ? "" : ",").append("{\"n\":").append(i).append(",\"name\":\"山田 花子 オイルフィルター\"}");
        }
        byte[] body = document.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/me/requests/" + REQUEST_ID + "/export")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
        Response download = given().get("/privacy/requests/" + REQUEST_ID + "/export");
        download.then().statusCode(200)
                .contentType("application/json;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kura-export-" + REQUEST_ID + ".json\"");
        assertArrayEquals(body, download.asByteArray());
        assertNull(download.header("Content-Length"), "passed on as it arrives, its length unknown here");
    }

    @Test
    void anErasureClosedTheWindow() {
        stubRequest(null);
        given().get("/privacy/requests/" + REQUEST_ID).then().statusCode(200)
                .body(not(containsString("id=\"download-export\"")))
                .body(containsString("id=\"export-expired\""));
    }

    private static void stubRequest(Instant availableUntil) {
        String request = """
                {"id": "%s", "type": "access", "status": "completed", "receivedAt": "2026-12-01T00:00:00Z",
                 "dueAt": "2026-12-31T00:00:00Z", "completedAt": "2026-12-01T01:00:00Z"%s, "progress": []}"""
                .formatted(REQUEST_ID, availableUntil == null ? "" : ", \"exportAvailableUntil\": \"" + availableUntil + "\"");
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/me/requests/" + REQUEST_ID)).willReturn(okJson(request)));
        GatewayStub.server.stubFor(get(urlPathEqualTo("/api/me/requests")).willReturn(okJson("[" + request + "]")));
    }
}
