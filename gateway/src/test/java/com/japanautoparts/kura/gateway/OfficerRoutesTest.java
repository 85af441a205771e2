package com.japanautoparts.kura.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.service.GatewayRetentionPlan;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The privacy officer's routes: every service's retention API and disclosure-service's legal holds, officer only. */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
class OfficerRoutesTest {

    static final String OFFICER_TOKEN = "Bearer officer-token";

    @ParameterizedTest
    @CsvSource({ "contact,GET,dry-run?trigger=schedule", "payment,POST,purge?trigger=storage-pressure",
            "consent,GET,purges", "disclosure,GET,dry-run", "clickstream,POST,purge" })
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void eachServicesRetentionApiIsReachedWithTheOfficersToken(String service, String method, String operation) {
        String target = "/" + service + "-service/internal/retention/" + operation;
        Downstream.server.stubFor(WireMock.request(method, urlEqualTo(target))
                .willReturn(okJson("{\"trigger\":\"SCHEDULE\",\"categories\":[{\"category\":\"" + service + " data\",\"count\":3}]}")));

        given().header("Authorization", OFFICER_TOKEN).request(method, "/api/retention/" + service + "/" + operation)
                .then().statusCode(200)
                .body("categories[0].category", equalTo(service + " data"));

        Downstream.server.verify(WireMock.requestedFor(method, urlEqualTo(target))
                .withHeader("Authorization", WireMock.equalTo(OFFICER_TOKEN)));
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void theGatewaysOwnRetentionIsServedInProcessAndOtherNamesAreNotServices() {
        given().get("/api/retention/gateway/dry-run").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"))
                .body("categories.category", hasItem(GatewayRetentionPlan.REQUEST_RECORDS));
        given().post("/api/retention/gateway/purge?trigger=schedule").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"));
        given().get("/api/retention/gateway/purges").then().statusCode(200).body("actor", hasItem("kimura-privacy"));
        ProblemAssertions.assertProblem(given().get("/api/retention/gateway/dry-run?trigger=soon"), 400);

        ProblemAssertions.assertProblem(given().get("/api/retention/billing/dry-run"), 404);
        ProblemAssertions.assertProblem(given().post("/api/retention/billing/purge"), 404);
        Downstream.server.verify(0, anyRequestedFor(urlMatching(".*billing.*")));
    }

    @Test
    @TestSecurity(user = "customer-retention", roles = Roles.CUSTOMER)
    void aCustomerReachesNeitherRetentionNorLegalHolds() {
        String token = "Bearer not-an-officer-token";
        given().header("Authorization", token).get("/api/retention/contact/dry-run").then().statusCode(403);
        given().header("Authorization", token).post("/api/retention/payment/purge").then().statusCode(403);
        given().get("/api/retention/gateway/dry-run").then().statusCode(403);
        given().header("Authorization", token).get("/api/legal-holds").then().statusCode(403);
        given().header("Authorization", token).contentType(ContentType.JSON).body("{}")
                .post("/api/legal-holds").then().statusCode(403);
        Downstream.server.verify(0, anyRequestedFor(urlMatching(".*")).withHeader("Authorization", WireMock.equalTo(token)));
    }

    @ParameterizedTest
    @CsvSource({ "GET,/api/retention/contact/dry-run", "POST,/api/retention/contact/purge", "GET,/api/retention/gateway/purges",
            "GET,/api/legal-holds", "POST,/api/legal-holds/1/release" })
    @TestSecurity(user = "sato", roles = Roles.STAFF)
    void staffAreRefusedToo(String method, String path) {
        given().header("Authorization", "Bearer staff-token").request(method, path).then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource({ "GET,/api/retention/contact/dry-run", "POST,/api/retention/gateway/purge", "GET,/api/legal-holds" })
    void anonymousCallersAreRefused(String method, String path) {
        given().request(method, path).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void legalHoldsGoToDisclosureServiceWithTheOfficersToken() {
        String hold = "{\"subjects\":[\"subject-held\"],\"reason\":\"litigation\",\"description\":\"Case 12\","
                + "\"endsAt\":\"2027-01-01T00:00:00Z\"}";
        Downstream.server.stubFor(post(urlEqualTo("/legal-holds"))
                .willReturn(okJson("{\"id\":7,\"status\":\"active\"}").withStatus(201)
                        .withHeader("Location", "http://disclosure/legal-holds/7")));
        Downstream.server.stubFor(get(urlEqualTo("/legal-holds/7/events")).willReturn(okJson("[{\"event\":\"placed\"}]")));
        Downstream.server.stubFor(post(urlEqualTo("/legal-holds/7/release"))
                .willReturn(okJson("{\"id\":7,\"status\":\"released\"}")));

        given().header("Authorization", OFFICER_TOKEN).contentType(ContentType.JSON).body(hold).post("/api/legal-holds")
                .then().statusCode(201).body("id", equalTo(7));
        given().header("Authorization", OFFICER_TOKEN).get("/api/legal-holds/7/events").then().statusCode(200)
                .body("[0].event", equalTo("placed"));
        given().header("Authorization", OFFICER_TOKEN).post("/api/legal-holds/7/release").then().statusCode(200)
                .body("status", equalTo("released"));

        Downstream.server.verify(postRequestedFor(urlEqualTo("/legal-holds")).withRequestBody(equalToJson(hold))
                .withHeader("Authorization", WireMock.equalTo(OFFICER_TOKEN)));
        Downstream.server.verify(getRequestedFor(urlPathEqualTo("/legal-holds/7/events"))
                .withHeader("Authorization", WireMock.equalTo(OFFICER_TOKEN)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/internal/legal-holds/subjects", "/api/legal-holds/../internal/legal-holds/subjects",
            "/api/legal-holds/%2e%2e/internal/legal-holds/subjects", "/api/legal-holds/%2E%2E/%2E%2E/internal/legal-holds/subjects",
            "/api/legal-holds/..%2finternal/legal-holds/subjects", "/api/legal-holds/x/../../internal/legal-holds/subjects/subject-held" })
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void disclosureServicesInternalLegalHoldsAreNeverReachable(String path) throws IOException, InterruptedException {
        // Sent as written (java.net.http leaves dot segments and escapes alone), unlike a client that normalizes.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + path)).header("Authorization", OFFICER_TOKEN).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + ": " + response.statusCode());
        Downstream.server.verify(0, anyRequestedFor(urlMatching("(?i)(/legal-holds)?/(internal|\\.\\.|%2e%2e).*")));
        Downstream.server.verify(0, anyRequestedFor(urlMatching("(?i)/legal-holds/(\\.\\.|%2e%2e|\\.\\.%2f).*")));
        assertEquals(0, Downstream.server.findAll(anyRequestedFor(urlMatching("(?i).*internal/legal-holds.*")))
                .stream().filter(r -> !r.getUrl().startsWith("/disclosure-service/")).count());
    }
}
