package com.japanautoparts.kura.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.BadBody;
import com.japanautoparts.kura.testing.ManagementInterface;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The reverse proxy: prefix stripping, token and request id passed on, problems when a service is down. */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
class ProxyTest {

    @Test
    @TestSecurity(user = "customer-proxy", roles = Roles.CUSTOMER)
    void routesWithoutTheApiPrefixAndPassesTheTokenAndRequestIdOn() {
        Downstream.server.stubFor(get(urlEqualTo("/contacts/me?view=full"))
                .willReturn(okJson("{\"name\":\"from contact-service\"}").withHeader("X-Upstream", "yes")));

        given().header("Authorization", "Bearer customer-token").header("X-Request-Id", "req-123")
                .get("/api/contacts/me?view=full")
                .then().statusCode(200)
                .header("X-Request-Id", "req-123")
                .header("X-Upstream", "yes")
                .body("name", equalTo("from contact-service"));

        Downstream.server.verify(getRequestedFor(urlEqualTo("/contacts/me?view=full"))
                .withHeader("Authorization", WireMock.equalTo("Bearer customer-token"))
                .withHeader("X-Request-Id", WireMock.equalTo("req-123")));
    }

    @Test
    @TestSecurity(user = "customer-proxy", roles = Roles.CUSTOMER)
    void generatesARequestIdWhenAbsentOrMalformedAndPassesBodiesAndStatusesThrough() {
        Downstream.server.stubFor(post(urlPathEqualTo("/orders"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":422,\"detail\":\"no such part\"}")));

        Response response = given().header("Authorization", "Bearer t").header("X-Request-Id", "bad id with spaces")
                .contentType(ContentType.JSON).body("{\"part\":\"BRK-1\"}")
                .post("/api/orders");
        response.then().statusCode(422).contentType("application/problem+json").body("detail", equalTo("no such part"))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));

        Downstream.server.verify(postRequestedFor(urlPathEqualTo("/orders"))
                .withHeader("X-Request-Id", WireMock.equalTo(response.header("X-Request-Id")))
                .withRequestBody(equalToJson("{\"part\":\"BRK-1\"}")));
    }

    @Test
    @TestSecurity(user = "customer-proxy", roles = Roles.CUSTOMER)
    void aServiceThatIsDownAnswers503ProblemQuickly() {
        long started = System.nanoTime();
        Response response = given().header("Authorization", "Bearer t").get("/api/clickstream/events");
        ProblemAssertions.assertProblem(response, 503);
        response.then().header("Retry-After", "5").header("X-Request-Id", matchesPattern(".+"));
        assertEquals(true, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) < 5, "answered within the connect timeout");
    }

    /**
     * java.net.http (and curl --http2) ask to upgrade a cleartext connection to HTTP/2 (h2c) with the request itself; the
     * gateway answers such a POST over HTTP/1.1, its body read and passed on like any other.
     */
    @Test
    @TestSecurity(user = "customer-proxy", roles = Roles.CUSTOMER)
    void aBodyArrivesWhenTheClientAsksToUpgradeToHttp2() throws Exception {
        Downstream.server.stubFor(post(urlPathEqualTo("/orders/upgrade"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + "/api/orders/upgrade")).timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer t")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"part\":\"BRK-2\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode());
        assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
        Downstream.server.verify(postRequestedFor(urlPathEqualTo("/orders/upgrade"))
                .withRequestBody(equalToJson("{\"part\":\"BRK-2\"}")));
    }

    @Test
    @TestSecurity(user = "customer-proxy", roles = Roles.CUSTOMER)
    void aConnectionClosedOrResetBeforeAnyAnswerIsTriedOnceMoreOnANewOne() {
        Downstream.server.stubFor(post(urlPathEqualTo("/orders/closing")).inScenario("closing")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answering")
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        Downstream.server.stubFor(post(urlPathEqualTo("/orders/closing")).inScenario("closing")
                .whenScenarioStateIs("answering").willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/json").withBody("{\"orderId\":\"ord-1\"}")));

        given().header("Authorization", "Bearer t").contentType(ContentType.JSON).body("{\"part\":\"BRK-1\"}")
                .post("/api/orders/closing").then().statusCode(201).body("orderId", equalTo("ord-1"));
        Downstream.server.verify(2, postRequestedFor(urlPathEqualTo("/orders/closing"))
                .withRequestBody(equalToJson("{\"part\":\"BRK-1\"}")));

        Downstream.server.stubFor(post(urlPathEqualTo("/orders/resetting")).inScenario("resetting")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answering")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Downstream.server.stubFor(post(urlPathEqualTo("/orders/resetting")).inScenario("resetting")
                .whenScenarioStateIs("answering").willReturn(aResponse().withStatus(201)));
        given().header("Authorization", "Bearer t").contentType(ContentType.JSON).body("{}")
                .post("/api/orders/resetting").then().statusCode(201);
        Downstream.server.verify(2, postRequestedFor(urlPathEqualTo("/orders/resetting")));

        Downstream.server.stubFor(post(urlPathEqualTo("/orders/always-closing"))
                .willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        Response closed = given().header("Authorization", "Bearer t").contentType(ContentType.JSON).body("{}")
                .post("/api/orders/always-closing");
        ProblemAssertions.assertProblem(closed, 503);
        Downstream.server.verify(2, postRequestedFor(urlPathEqualTo("/orders/always-closing")));
    }

    @Test
    @TestSecurity(user = "customer-proxy", roles = Roles.CUSTOMER)
    void bodiesOverTheLimitAre413AndNeverReachTheService() {
        String big = "{\"x\":\"" + "a".repeat(BadBody.MAX_BODY_BYTES + 1) + "\"}";
        Response response = given().header("Authorization", "Bearer t").contentType(ContentType.JSON).body(big)
                .post("/api/orders/big");
        assertEquals(413, response.statusCode());
        ProblemAssertions.assertProblem(response, 413);
        Downstream.server.verify(0, postRequestedFor(urlPathEqualTo("/orders/big")));
    }

    @Test
    @TestSecurity(user = "storefront-proxy", roles = Roles.STOREFRONT)
    void clickstreamBatchesMayBeLargerThanOtherBodiesButNotUnbounded() {
        String batch = "{\"x\":\"" + "a".repeat(300 * 1024) + "\"}";
        Response accepted = given().header("Authorization", "Bearer t").contentType(ContentType.JSON).body(batch)
                .post("/api/clickstream/events");
        assertEquals(503, accepted.statusCode(), "past the size check, on to the (stopped) service");
        Response refused = given().header("Authorization", "Bearer t").contentType(ContentType.JSON).body(batch)
                .post("/api/orders/batch");
        ProblemAssertions.assertProblem(refused, 413);

        String tooBig = "{\"x\":\"" + "a".repeat(512 * 1024) + "\"}";
        ProblemAssertions.assertProblem(given().header("Authorization", "Bearer t").contentType(ContentType.JSON)
                .body(tooBig).post("/api/clickstream/events"), 413);
        Downstream.server.verify(0, postRequestedFor(urlPathEqualTo("/orders/batch")));
    }

    @Test
    void thePolicyInForceIsPublicAndNothingElseIs() {
        Downstream.server.stubFor(get(urlEqualTo("/policies/current")).willReturn(okJson("{\"version\":\"2026-04\"}")));
        given().get("/api/policies/current").then().statusCode(200).body("version", equalTo("2026-04"));
        given().get("/api/policies").then().statusCode(401);
        given().get("/api/policies/current/unacknowledged").then().statusCode(401);
    }

    @Test
    void anonymousCallersAreRefusedBeforeTheService() {
        given().get("/api/contacts/anonymous").then().statusCode(401);
        given().get("/api/orders").then().statusCode(401);
        Downstream.server.verify(0, getRequestedFor(urlPathEqualTo("/contacts/anonymous")));
    }

    @Test
    void theIndexLinksEachServicesOpenApiOnItsManagementInterface() {
        String management = "http://localhost:" + (Downstream.server.port() + 1000);
        given().get("/api").then().statusCode(200)
                .body("routes.path", hasItem("/api/contacts/**"))
                .body("routes.path", hasItem("/api/legal-holds/**"))
                .body("routes.find { it.path == '/api/retention/contact/**' }.target",
                        equalTo(Downstream.server.baseUrl() + "/contact-service/internal/retention/**"))
                .body("routes.find { it.path == '/api/contacts/**' }.openapi", equalTo(management + "/q/openapi"))
                .body("routes.find { it.path == '/api/contacts/**' }.swaggerUi", equalTo(management + "/q/swagger-ui"))
                .body("dataSubjectRequests", equalTo("/api/me/requests"))
                .body("openapi", equalTo("/q/openapi"))
                .body("managementPort", equalTo(java.net.URI.create(ManagementInterface.url()).getPort()));
        given().get(ManagementInterface.url() + "/health/ready").then().statusCode(200).time(lessThan(10_000L));
    }

    /** Health, metrics, OpenAPI and Swagger UI on the management interface only; the public port answers 404 problem+json. */
    @Test
    void nothingUnderQIsOnThePublicPortInAnySpelling() {
        ManagementInterface.servesEveryEndpointThereAndNoneOnThePublicPort();
        for (String path : List.of("/q/metrics", "/q/openapi", "/q/swagger-ui", "/q/health", "/q", "/./q/metrics",
                "/api/../q/metrics", "//q/metrics", "/%71/metrics", "/api/contacts/../../q/openapi")) {
            ProblemAssertions.assertProblem(given().urlEncodingEnabled(false).get(path), 404);
        }
        Downstream.server.verify(0, getRequestedFor(urlPathMatching(".*/q/.*")));
    }

    /**
     * Metrics never carry ids: the proxied routes are counted under their template, the data-subject hooks under
     * theirs, and neither the customer's id nor an order id in a path shows up in any series.
     */
    @Test
    @TestSecurity(user = METRICS_SUBJECT, roles = Roles.CUSTOMER)
    void metricsCountRoutesByTemplateAndNeverNameAnId() {
        String orderId = java.util.UUID.randomUUID().toString();
        given().header("Authorization", "Bearer t").get("/api/orders/me/" + orderId).then().statusCode(404);
        given().header("Authorization", "Bearer t").get("/api/contacts/" + METRICS_SUBJECT + "/checkout").then().statusCode(404);
        given().header("Authorization", "Bearer t").get("/api/clickstream/affiliates/" + orderId).then().statusCode(503);
        given().get("/api/me/requests/" + orderId).then().statusCode(404);
        DataSubjectRequestTest.awaitStatus(DataSubjectRequestTest.file("access", 202), "completed");

        String metrics = ManagementInterface.metrics();
        assertTrue(metrics.contains("uri=\"/api/orders/{rest}\""), "the route's template is counted");
        assertTrue(metrics.contains("uri=\"/internal/subjects/{customerId}/export\""), "the hooks' template is counted");
        ManagementInterface.assertMetricsNameNoneOf(orderId, METRICS_SUBJECT);
    }

    private static final String METRICS_SUBJECT = "subject-metrics-3f9a";

    @Test
    void sendsTheBrowserPagesToTheWebModuleUnchangedWithTheAddressTheBrowserUsed() {
        Downstream.server.stubFor(get(urlEqualTo(Downstream.WEB + "/privacy/data?lang=en"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<p>my data</p>")));
        Downstream.server.stubFor(get(urlEqualTo(Downstream.WEB + "/"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<p>start</p>")));
        Downstream.server.stubFor(post(urlEqualTo(Downstream.WEB + "/console/cases/7/approve"))
                .willReturn(aResponse().withStatus(303).withHeader("Location", "/console/cases/7")));

        // No bearer token: the pages have their own login (a session cookie the web module checks).
        given().cookie("q_session", "opaque").get("/privacy/data?lang=en")
                .then().statusCode(200).body(equalTo("<p>my data</p>"));
        given().get("/").then().statusCode(200).body(equalTo("<p>start</p>"));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("note", "ok")
                .post("/console/cases/7/approve")
                .then().statusCode(303).header("Location", "/console/cases/7");

        Downstream.server.verify(getRequestedFor(urlEqualTo(Downstream.WEB + "/privacy/data?lang=en"))
                .withHeader("Cookie", WireMock.containing("q_session=opaque"))
                .withHeader("X-Forwarded-Host", WireMock.matching("(localhost|127\\.0\\.0\\.1):\\d+"))
                .withHeader("X-Forwarded-Proto", WireMock.equalTo("http")));
        Downstream.server.verify(postRequestedFor(urlEqualTo(Downstream.WEB + "/console/cases/7/approve"))
                .withRequestBody(WireMock.equalTo("note=ok")));
        // Behind an Ingress: the browser's Host arrives as it is, the scheme in X-Forwarded-Proto.
        given().header("Host", "kura.example.com").header("X-Forwarded-Proto", "https").get("/")
                .then().statusCode(200);
        Downstream.server.verify(getRequestedFor(urlEqualTo(Downstream.WEB + "/"))
                .withHeader("X-Forwarded-Host", WireMock.equalTo("kura.example.com"))
                .withHeader("X-Forwarded-Proto", WireMock.equalTo("https")));
        // Only the configured pages: anything else is not the web module's.
        given().get("/privacyx").then().statusCode(404);
        given().get("/elsewhere").then().statusCode(404);
        Downstream.server.verify(0, getRequestedFor(urlEqualTo(Downstream.WEB + "/privacyx")));
    }
}
