package com.japanautoparts.kura.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.RawHttp;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;

/**
 * What the HTTP layer refuses before any resource runs is an RFC 9457 problem like every other refusal (kura-common's
 * HttpEdge, the same in every service): each through a real HTTP call, over a plain socket.
 */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class HttpEdgeTest {

    private static final byte[] ORDER = OrderFixtures.jpyOrder("customer-http-edge").getBytes(StandardCharsets.UTF_8);

    @Test
    void aTooLongUriIs414() {
        assertProblem(414, RawHttp.send(RestAssured.port, "GET", "/orders/" + "a".repeat(5000), null));
        assertProblem(414, RawHttp.send(RestAssured.port, "GET", "/orders?q=" + "a".repeat(40_000), null));
    }

    @Test
    void tooLargeHeadersAre431() {
        assertProblem(431, RawHttp.send(RestAssured.port, "GET", "/orders/me", null, "X-Big: " + "a".repeat(30_000)));
    }

    @Test
    void anAnnouncedTooLargeBodyIs413() {
        byte[] body = new byte[70_000];
        assertProblem(413, RawHttp.send(RestAssured.port, "POST", "/orders", body, "Content-Type: application/json"));
        assertProblem(413, RawHttp.send(RestAssured.port, "POST", "/orders", new byte[0], "Content-Type: application/json",
                "Content-Length: 99999999999"));
    }

    @Test
    void aChunkedTooLargeBodyIs413() {
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        byte[] chunk = ("{\"x\": \"" + "a".repeat(8000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 130; i++) {
            chunked.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(chunk);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertProblem(413, RawHttp.send(RestAssured.port, "POST", "/orders", chunked.toByteArray(), "Content-Type: application/json",
                "Transfer-Encoding: chunked"));
    }

    @Test
    void methodMediaTypeAndAcceptRefusalsAreProblems() {
        assertProblem(405, RawHttp.send(RestAssured.port, "DELETE", "/orders", null));
        assertProblem(415, RawHttp.send(RestAssured.port, "POST", "/orders", ORDER, "Content-Type: text/plain"));
        assertProblem(406, RawHttp.send(RestAssured.port, "POST", "/orders", ORDER, "Content-Type: application/json",
                "Accept: text/csv"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/orders/%u0041", "/orders/a%c0%afb", "/orders/%00", "/orders/%", "/orders?%zz=1" })
    void malformedTargetsAre400(String target) {
        assertProblem(400, RawHttp.send(RestAssured.port, "GET", target, null));
    }

    @Test
    void overlongUtf8InABodyIs400BeforeItIsDecoded() {
        String order = new String(ORDER, StandardCharsets.UTF_8).replace("Front brake pads, NSX", "a#b");
        byte[] body = order.getBytes(StandardCharsets.UTF_8);
        int at = order.indexOf('#');
        byte[] overlong = new byte[body.length + 1];
        System.arraycopy(body, 0, overlong, 0, at);
        overlong[at] = (byte) 0xc0;
        overlong[at + 1] = (byte) 0xaf;
        System.arraycopy(body, at + 1, overlong, at + 2, body.length - at - 1);
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/orders", overlong, "Content-Type: application/json");
        assertProblem(400, answer);
        assertTrue(answer.body().contains("UTF-8"), answer.toString());
    }

    @Test
    void aNulInAJsonStringIs400NamingTheField() {
        String order = new String(ORDER, StandardCharsets.UTF_8).replace("Front brake pads, NSX", "Front\\u0000pads");
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "POST", "/orders", order.getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json");
        assertProblem(400, answer);
        assertEquals("lines[0].name", answer.json().getString("errors[0].field"));
    }

    private static void assertProblem(int status, RawHttp.Answer answer) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.isProblem(), answer.toString());
        assertEquals(status, answer.json().getInt("status"), answer.toString());
        assertFalse(answer.json().getString("detail").isBlank(), answer.toString());
    }
}
