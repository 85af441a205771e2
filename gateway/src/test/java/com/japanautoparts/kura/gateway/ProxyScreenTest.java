package com.japanautoparts.kura.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.RawHttp;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;

/**
 * The gateway screens every proxied request before any service sees it, with the screen every service runs itself:
 * card numbers in any form (body of any content type, path, query) 422, malformed text 400, too large 413 however the
 * body arrives, each a problem naming the field; what passes reaches the service byte for byte.
 */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
@TestSecurity(user = "customer-screen", roles = Roles.CUSTOMER)
class ProxyScreenTest {

    private static final String FULL_WIDTH = "\uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11";

    @BeforeEach
    void resetDownstream() {
        Downstream.server.resetRequests();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "4111111111111111", "4111.1111.1111.1111", "4111 - 1111 - 1111 - 1111", "4111\u00a01111\u00a01111\u00a01111",
            "4111\u200b1111\u200b1111\u200b1111", FULL_WIDTH })
    void aCardNumberInAnyFormInABodyIs422AndNeverForwarded(String card) {
        RawHttp.Answer answer = send("PUT", "/api/contacts/me", ("{\"name\": {\"family\": \"" + card + "\"}}").getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json");
        assertProblem(422, answer);
        assertEquals("name.family", answer.json().getString("errors[0].field"));
        assertFalse(answer.body().contains("1111"), "the value is never echoed");
        assertNothingForwarded();
    }

    @Test
    void aCardNumberSplitOverFieldsOrInPlainTextIs422() {
        assertProblem(422, send("PUT", "/api/contacts/me",
                "{\"addresses\": [{\"type\": \"HOME\", \"region\": \"4111\", \"locality\": \"1111\", \"line1\": \"1111\", \"line2\": \"1111\"}]}"
                        .getBytes(StandardCharsets.UTF_8), "Content-Type: application/json"));
        assertProblem(422, send("POST", "/api/orders", "card 4111 1111 1111 1111".getBytes(StandardCharsets.UTF_8),
                "Content-Type: text/plain"));
        // A browser form, as it encodes spaces and full-width digits.
        for (String form : List.of("note=4111+1111+1111+1111", "note=%EF%BC%94111%E3%80%801111%E3%80%801111%E3%80%801111",
                "a=4111&b=1111&c=1111&d=1111")) {
            assertProblem(422, send("POST", "/api/orders", form.getBytes(StandardCharsets.ISO_8859_1),
                    "Content-Type: application/x-www-form-urlencoded"));
        }
        assertNothingForwarded();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/orders/me/4111111111111111", "/api/orders/me/4111%201111%201111%201111",
            "/api/disclosures/ledger?subject=4111-1111-1111-1111" })
    void aCardNumberInThePathOrQueryIs422(String target) {
        assertProblem(422, send("GET", target, null));
        assertNothingForwarded();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/orders/me/%00", "/api/orders/me/%u0041", "/api/orders/me/a%c0%afb", "/api/orders?x=%zz" })
    void aMalformedTargetIs400(String target) {
        assertProblem(400, send("GET", target, null));
        assertNothingForwarded();
    }

    @Test
    void malformedTextInABodyIs400() {
        assertProblem(400, send("PUT", "/api/contacts/me", "{\"name\": {\"family\": \"Ya\\u0000mada\"}}".getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json"));
        byte[] overlong = { '{', '"', 'n', '"', ':', '"', 'a', (byte) 0xc0, (byte) 0xaf, 'b', '"', '}' };
        RawHttp.Answer answer = send("PUT", "/api/contacts/me", overlong, "Content-Type: application/json");
        assertProblem(400, answer);
        assertTrue(answer.body().contains("UTF-8"), answer.toString());
        assertNothingForwarded();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413NotA503() {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        byte[] chunk = "a".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 64; i++) {
            chunked.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(chunk);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        for (String target : List.of("/api/contacts/me", "/api/clickstream/events")) {
            assertProblem(413, send("POST", target, chunked.toByteArray(), "Content-Type: application/json",
                    "Transfer-Encoding: chunked"));
        }
        assertNothingForwarded();
    }

    @Test
    void whatPassesReachesTheServiceByteForByte() {
        Downstream.server.stubFor(put(urlPathEqualTo("/contacts/me")).willReturn(okJson("{}")));
        byte[] body = "{\"name\": {\"family\": \"山田\", \"given\": \"花子\"}, \"phones\": [{\"number\": \"+81 90-1234-5678\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(200, send("PUT", "/api/contacts/me", body, "Content-Type: application/json").status());
        Downstream.server.verify(putRequestedFor(urlPathEqualTo("/contacts/me")).withRequestBody(binaryEqualTo(body)));
    }

    private static RawHttp.Answer send(String method, String target, byte[] body, String... headers) {
        String[] all = new String[headers.length + 1];
        all[0] = "Authorization: Bearer t";
        System.arraycopy(headers, 0, all, 1, headers.length);
        return RawHttp.send(RestAssured.port, method, target, body, all);
    }

    private static void assertProblem(int status, RawHttp.Answer answer) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.isProblem(), answer.toString());
        assertEquals(status, answer.json().getInt("status"), answer.toString());
    }

    /**
     * No proxied request reached a service. The gateway's own background calls are not counted: its token, legal holds,
     * and the data-subject requests other tests left to retry (their hooks are under /internal/, which no route reaches).
     */
    private static void assertNothingForwarded() {
        assertEquals(List.of(), Downstream.server.findAll(anyRequestedFor(anyUrl())).stream().map(r -> r.getUrl())
                .filter(url -> !url.contains("openid-connect") && !url.contains("legal-holds") && !url.contains("/internal/"))
                .toList());
    }
}
