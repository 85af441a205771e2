package com.japanautoparts.kura.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The lifecycle of access and erasure requests across the services, with failures and retries. */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
class DataSubjectRequestTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static String file(String type, int expectedStatus) {
        Response response = given().contentType(ContentType.JSON).body("{\"type\":\"" + type + "\"}").post("/api/me/requests");
        response.then().statusCode(expectedStatus).header("Location", startsWith("http"));
        String id = response.jsonPath().getString("id");
        assertEquals(true, response.header("Location").endsWith("/api/me/requests/" + id));
        return id;
    }

    static JsonPath awaitStatus(String id, String status) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(
                () -> given().get("/api/me/requests/" + id).jsonPath().getString("status"), equalTo(status));
        return given().get("/api/me/requests/" + id).then().statusCode(200).extract().jsonPath();
    }

    static String progress(JsonPath request, String service, String field) {
        return request.getString("progress.find { it.service == '" + service + "' }." + field);
    }

    @Test
    @TestSecurity(user = "subject-erase-ok", roles = Roles.CUSTOMER)
    void anErasureFansOutWithTheGatewaysOwnIdentityAndCompletes() {
        String id = file("erasure", 202);

        JsonPath done = awaitStatus(id, "completed");
        assertEquals("done", progress(done, "contact-service", "status"));
        assertEquals("erased", progress(done, "payment-service", "outcome"));
        assertEquals("nothing-held", progress(done, "clickstream-service", "status"));
        assertEquals(true, done.getString("completedAt") != null);
        assertEquals(Duration.ofDays(14), Duration.between(java.time.Instant.parse(done.getString("receivedAt")),
                java.time.Instant.parse(done.getString("dueAt"))));
        for (String service : Downstream.HOOK_SERVICES) {
            Downstream.server.verify(1, postRequestedFor(urlPathEqualTo("/" + service + "/internal/subjects/subject-erase-ok/erase"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + Downstream.SERVICE_TOKEN)));
        }
    }

    @Test
    @TestSecurity(user = "subject-flaky", roles = Roles.CUSTOMER)
    void aServiceDownMidErasureIsRetriedUntilItConfirms() {
        String path = "/payment-service/internal/subjects/subject-flaky/erase";
        Downstream.server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(503)));

        String id = file("erasure", 202);
        JsonPath failing = awaitStatus(id, "failed-retrying");
        assertEquals("pending", progress(failing, "payment-service", "status"));
        assertEquals("HTTP 503", progress(failing, "payment-service", "lastError"));
        assertEquals("done", progress(failing, "contact-service", "status"));
        assertEquals(null, failing.getString("completedAt"));

        // payment-service is back: the scheduled retry finishes the request.
        Downstream.server.stubFor(post(urlPathEqualTo(path))
                .willReturn(okJson("{\"service\":\"payment-service\",\"customerId\":\"subject-flaky\",\"outcome\":\"pseudonymised\"}")));
        JsonPath done = awaitStatus(id, "completed");
        assertEquals("pseudonymised", progress(done, "payment-service", "outcome"));
        assertEquals(true, Integer.parseInt(progress(done, "payment-service", "attempts")) >= 3);
        // Confirmed steps are never repeated.
        Downstream.server.verify(1, postRequestedFor(urlPathEqualTo("/contact-service/internal/subjects/subject-flaky/erase")));
    }

    @Test
    @TestSecurity(user = "subject-held", roles = Roles.CUSTOMER)
    void aLegalHoldLeavesTheRequestPartiallyBlockedWithTheReason() {
        Downstream.server.stubFor(post(urlPathEqualTo("/disclosure-service/internal/subjects/subject-held/erase"))
                .willReturn(okJson("{\"service\":\"disclosure-service\",\"customerId\":\"subject-held\","
                        + "\"outcome\":\"blocked-legal-hold\",\"reason\":\"police inquiry case 12\"}")));

        String id = file("erasure", 202);
        JsonPath held = awaitStatus(id, "partially-blocked");
        assertEquals("blocked", progress(held, "disclosure-service", "status"));
        assertEquals("police inquiry case 12", progress(held, "disclosure-service", "reason"));
        assertEquals(true, held.getString("outcome").contains("police inquiry case 12"));
    }

    @Test
    @TestSecurity(user = "subject-held-undescribed", roles = Roles.CUSTOMER)
    void aLegalHoldWithoutADescriptionStillBlocksAndSaysSo() {
        Downstream.server.stubFor(post(urlPathEqualTo("/contact-service/internal/subjects/subject-held-undescribed/erase"))
                .willReturn(okJson("{\"service\":\"contact-service\",\"outcome\":\"blocked-legal-hold\"}")));

        JsonPath held = awaitStatus(file("erasure", 202), "partially-blocked");
        assertEquals("blocked", progress(held, "contact-service", "status"));
        assertEquals("under legal hold", progress(held, "contact-service", "reason"));
    }

    @Test
    @TestSecurity(user = "subject-retained", roles = Roles.CUSTOMER)
    void whatAServiceKeepsByLawIsShownWithTheLawThatRequiresIt() {
        Downstream.server.stubFor(post(urlPathEqualTo("/payment-service/internal/subjects/subject-retained/erase"))
                .willReturn(okJson("{\"service\":\"payment-service\",\"outcome\":\"pseudonymised\",\"retained\":["
                        + "{\"what\":\"orders, without anything that identifies you\",\"legalReason\":\"7 years: tax and company law\"}]}")));

        String id = file("erasure", 202);
        JsonPath done = awaitStatus(id, "completed");
        assertEquals("pseudonymised", progress(done, "payment-service", "outcome"));
        assertEquals("orders, without anything that identifies you", progress(done, "payment-service", "retained[0].what"));
        assertEquals("7 years: tax and company law", progress(done, "payment-service", "retained[0].legalReason"));
        assertEquals(null, progress(done, "contact-service", "retained"), "nothing kept: no retained at all");
        given().get("/api/me/requests").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.progress.find { it.service == 'payment-service' }.retained.size()", equalTo(1));
    }

    @Test
    @TestSecurity(user = "subject-odd-answer", roles = Roles.CUSTOMER)
    void anAnswerWithoutAKnownOutcomeIsAFailedStepRetriedUntilItHasOne() {
        String path = "/consent-service/internal/subjects/subject-odd-answer/erase";
        Downstream.server.stubFor(post(urlPathEqualTo(path))
                .willReturn(okJson("{\"service\":\"consent-service\",\"outcome\":\"deleted-somehow\"}")));

        String id = file("erasure", 202);
        JsonPath failing = awaitStatus(id, "failed-retrying");
        assertEquals("pending", progress(failing, "consent-service", "status"));
        assertEquals("no known outcome in the answer", progress(failing, "consent-service", "lastError"));

        Downstream.server.stubFor(post(urlPathEqualTo(path)).willReturn(okJson("{\"service\":\"consent-service\"}")));
        int attempts = Integer.parseInt(progress(failing, "consent-service", "attempts"));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> Integer.parseInt(progress(
                given().get("/api/me/requests/" + id).jsonPath(), "consent-service", "attempts")) > attempts + 1);
        JsonPath stillFailing = given().get("/api/me/requests/" + id).jsonPath();
        assertEquals("pending", progress(stillFailing, "consent-service", "status"), "no outcome at all: failed too");
        assertEquals("no known outcome in the answer", progress(stillFailing, "consent-service", "lastError"));

        Downstream.server.stubFor(post(urlPathEqualTo(path))
                .willReturn(okJson("{\"service\":\"consent-service\",\"outcome\":\"suppression-kept\"}")));
        JsonPath done = awaitStatus(id, "completed");
        assertEquals("done", progress(done, "consent-service", "status"));
        assertEquals("suppression-kept", progress(done, "consent-service", "outcome"));
    }

    @Test
    @TestSecurity(user = "subject-access", roles = Roles.CUSTOMER)
    void anAccessRequestProducesOneExportDocument() {
        Downstream.server.stubFor(get(urlPathEqualTo("/contact-service/internal/subjects/subject-access/export"))
                .willReturn(okJson("{\"service\":\"contact-service\",\"contact\":{\"name\":{\"family\":\"Yamada\"}}}")));
        Downstream.server.stubFor(get(urlPathEqualTo("/consent-service/internal/subjects/subject-access/export"))
                .willReturn(aResponse().withStatus(404)));

        String id = file("access", 202);
        awaitStatus(id, "completed");

        JsonPath export = given().get("/api/me/requests/" + id + "/export").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
        assertEquals("subject-access", export.getString("customerId"));
        assertEquals("Yamada", export.getString("services.contact-service.contact.name.family"));
        assertEquals("true", export.getString("services.payment-service.held"));
        assertEquals("nothing-held", export.getString("services.consent-service.outcome"));
        assertEquals("nothing-held", export.getString("services.clickstream-service.outcome"));
        assertEquals(id, export.getString("requests[0].id"));
        Downstream.server.verify(getRequestedFor(urlPathEqualTo("/disclosure-service/internal/subjects/subject-access/export"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + Downstream.SERVICE_TOKEN)));
    }

    @Test
    @TestSecurity(user = "subject-twice", roles = Roles.CUSTOMER)
    void repeatingAnOpenRequestReturnsTheSameOne() {
        Downstream.server.stubFor(post(urlPathEqualTo("/consent-service/internal/subjects/subject-twice/erase"))
                .willReturn(aResponse().withStatus(500)));

        String first = file("erasure", 202);
        String second = file("erasure", 200);
        assertEquals(first, second);
        given().get("/api/me/requests").then().statusCode(200).body("size()", equalTo(1));

        // Once it recovers and completes, a new request is a new one.
        Downstream.server.stubFor(post(urlPathEqualTo("/consent-service/internal/subjects/subject-twice/erase"))
                .willReturn(okJson("{\"outcome\":\"erased\"}")));
        awaitStatus(first, "completed");
        String third = file("erasure", 202);
        assertEquals(false, third.equals(first));
        awaitStatus(third, "completed");
    }
}
