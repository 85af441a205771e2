package com.japanautoparts.kura.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.service.GatewayRetentionPlan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Storage pressure as one action: every service's purge, least-needed data first, with the officer's token. */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
class StoragePressureTest {

    static final String OFFICER_TOKEN = "Bearer officer-pressure-token";
    static final Pattern PURGE = Pattern.compile("/(\\w+)-service/internal/retention/purge\\?trigger=storage-pressure");

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void purgesLeastNeededDataFirstWithTheOfficersTokenAndReportsAServiceThatIsDown() {
        stubPurge("clickstream", okJson(report("raw clickstream events", 120_000)));
        stubPurge("contact", okJson(report("user.contact change history", 5_200)));
        stubPurge("payment", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        stubPurge("consent", aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":503,\"detail\":\"Legal holds cannot be checked right now; nothing was purged\"}"));
        stubPurge("disclosure", okJson("{\"trigger\":\"STORAGE_PRESSURE\",\"categories\":[]}"));

        JsonPath answer = given().header("Authorization", OFFICER_TOKEN).post("/api/retention/storage-pressure")
                .then().statusCode(200).body("trigger", equalTo("STORAGE_PRESSURE")).extract().jsonPath();

        assertEquals(List.of("clickstream", "contact", "payment", "consent", "disclosure", "gateway"), answer.getList("services.service"));
        assertEquals(List.of("purged", "purged", "unavailable", "unavailable", "purged", "purged"), answer.getList("services.outcome"));
        assertEquals(120_000, answer.getInt("services[0].report.categories[0].count"));
        assertEquals("user.contact change history", answer.getString("services[1].report.categories[0].category"));
        assertNull(answer.get("services[2].status"), "no answer, no status");
        assertEquals(503, answer.getInt("services[3].status"));
        assertEquals("Legal holds cannot be checked right now; nothing was purged", answer.getString("services[3].detail"));
        assertEquals(List.of(GatewayRetentionPlan.ACCESS_EXPORTS, GatewayRetentionPlan.REQUEST_RECORDS),
                answer.getList("services[5].report.categories.category"));

        // One after the other, in that order (the journal lists the newest first), each with the officer's own token.
        List<ServeEvent> journal = new ArrayList<>(Downstream.server.getAllServeEvents());
        Collections.reverse(journal);
        List<String> called = new ArrayList<>();
        for (ServeEvent event : journal) {
            Matcher purge = PURGE.matcher(event.getRequest().getUrl());
            if (purge.matches() && OFFICER_TOKEN.equals(event.getRequest().getHeader("Authorization"))) {
                called.add(purge.group(1));
            }
        }
        assertEquals(List.of("clickstream", "contact", "payment", "consent", "disclosure"), called);
        for (String service : called) {
            Downstream.server.verify(1, WireMock.postRequestedFor(urlEqualTo("/" + service + "-service/internal/retention/purge?trigger=storage-pressure"))
                    .withHeader("Authorization", WireMock.equalTo(OFFICER_TOKEN)));
        }
        given().get("/api/retention/gateway/purges").then().statusCode(200);
        assertTrue(given().get("/api/retention/gateway/purges").jsonPath().getList("trigger").contains(PurgeTrigger.STORAGE_PRESSURE.name()));
    }

    @Test
    @TestSecurity(user = "customer-pressure", roles = Roles.CUSTOMER)
    void onlyThePrivacyOfficerRunsIt() {
        given().header("Authorization", "Bearer customer-pressure-token").post("/api/retention/storage-pressure").then().statusCode(403);
        Downstream.server.verify(0, anyRequestedFor(urlMatching(".*/internal/retention/.*"))
                .withHeader("Authorization", WireMock.equalTo("Bearer customer-pressure-token")));
    }

    @Test
    void anonymousCallersAreRefused() {
        given().post("/api/retention/storage-pressure").then().statusCode(401);
    }

    private static void stubPurge(String service, ResponseDefinitionBuilder response) {
        Downstream.server.stubFor(post(urlEqualTo("/" + service + "-service/internal/retention/purge?trigger=storage-pressure"))
                .withHeader("Authorization", WireMock.equalTo(OFFICER_TOKEN)).willReturn(response));
    }

    private static String report(String category, long count) {
        return "{\"trigger\":\"STORAGE_PRESSURE\",\"nextScheduledRun\":null,\"categories\":[{\"category\":\"" + category
                + "\",\"cutoff\":\"2026-10-26T03:00:00Z\",\"count\":" + count + "}]}";
    }
}
