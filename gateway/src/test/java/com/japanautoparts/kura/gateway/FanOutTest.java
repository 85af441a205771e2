package com.japanautoparts.kura.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.japanautoparts.kura.gateway.DataSubjectRequestTest.awaitStatus;
import static com.japanautoparts.kura.gateway.DataSubjectRequestTest.progress;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The fan-out calls every service's hook at the same time: each stub here answers only once all four calls have
 * arrived ({@link Rendezvous}), so calls made one after another would fail. Each call still carries the request id and
 * the trace of the request that filed it, and a failing service is retried while the others are confirmed.
 */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
class FanOutTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String FILING_SPAN = "00f067aa0ba902b7";

    @Test
    @TestSecurity(user = "subject-fan-out", roles = Roles.CUSTOMER)
    void everyHookIsCalledBeforeAnyAnswersAndEachCarriesTheRequestIdAndTheTrace() {
        Downstream.rendezvous.expect(Downstream.HOOK_SERVICES.length);
        for (String service : Downstream.HOOK_SERVICES) {
            Downstream.server.stubFor(get(urlPathEqualTo(hook(service, "subject-fan-out", "export")))
                    .willReturn(okJson("{\"service\":\"" + service + "\",\"orders\":[1,2,3]}").withTransformers(Rendezvous.NAME)));
        }

        String id = given().contentType(ContentType.JSON).header("X-Request-Id", "fan-out-request-1")
                .header("traceparent", "00-" + TRACE_ID + "-" + FILING_SPAN + "-01")
                .body("{\"type\":\"access\"}").post("/api/me/requests").then().statusCode(202).extract().jsonPath().getString("id");
        JsonPath done = awaitStatus(id, "completed");

        for (String service : Downstream.HOOK_SERVICES) {
            assertEquals("done", progress(done, service, "status"));
            assertEquals("1", progress(done, service, "attempts"), service + " answered the first call: the calls overlapped");
            List<LoggedRequest> calls = Downstream.server.findAll(getRequestedFor(urlPathEqualTo(hook(service, "subject-fan-out", "export")))
                    .withHeader("X-Request-Id", WireMock.equalTo("fan-out-request-1"))
                    .withHeader("traceparent", matching("00-" + TRACE_ID + "-\\p{XDigit}{16}-0[01]"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + Downstream.SERVICE_TOKEN)));
            assertEquals(1, calls.size(), service + ": one call, with the filing request's id and trace");
            String span = calls.get(0).getHeader("traceparent").substring(36, 52);
            assertEquals(false, span.equals(FILING_SPAN), "a span of its own, under the fan-out's");
        }
        JsonPath export = given().get("/api/me/requests/" + id + "/export").then().statusCode(200).extract().jsonPath();
        for (String service : Downstream.HOOK_SERVICES) {
            assertEquals(List.of(1, 2, 3), export.getList("services." + service + ".orders"));
        }
    }

    @Test
    @TestSecurity(user = "subject-fan-out-failing", roles = Roles.CUSTOMER)
    void oneServiceFailingAmongConcurrentCallsIsRetriedWhileTheOthersAreConfirmed() {
        Downstream.rendezvous.expect(Downstream.HOOK_SERVICES.length);
        for (String service : Downstream.HOOK_SERVICES) {
            Downstream.server.stubFor(post(urlPathEqualTo(hook(service, "subject-fan-out-failing", "erase")))
                    .willReturn(service.equals("consent-service")
                            ? aResponse().withStatus(500).withTransformers(Rendezvous.NAME)
                            : okJson("{\"service\":\"" + service + "\",\"outcome\":\"erased\"}").withTransformers(Rendezvous.NAME)));
        }

        String id = DataSubjectRequestTest.file("erasure", 202);
        JsonPath failing = awaitStatus(id, "failed-retrying");
        assertEquals("pending", progress(failing, "consent-service", "status"));
        assertEquals("HTTP 500", progress(failing, "consent-service", "lastError"));
        for (String service : List.of("contact-service", "payment-service", "disclosure-service")) {
            assertEquals("done", progress(failing, service, "status"));
            assertEquals("1", progress(failing, service, "attempts"));
        }

        Downstream.server.stubFor(post(urlPathEqualTo(hook("consent-service", "subject-fan-out-failing", "erase")))
                .willReturn(okJson("{\"service\":\"consent-service\",\"outcome\":\"erased\"}")));
        JsonPath done = awaitStatus(id, "completed");
        assertEquals("erased", progress(done, "consent-service", "outcome"));
        for (String service : List.of("contact-service", "payment-service", "disclosure-service")) {
            Downstream.server.verify(1, postRequestedFor(urlPathEqualTo(hook(service, "subject-fan-out-failing", "erase"))));
        }
    }

    private static String hook(String service, String subject, String action) {
        return "/" + service + "/internal/subjects/" + subject + "/" + action;
    }
}
