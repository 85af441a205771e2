package com.japanautoparts.kura.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Issue 16 across the system: each ledger's signed checkpoints are kept by the other service (disclosure-service keeps
 * consent-service's and the other way round, with their own client-credentials identities), verification checks each
 * ledger against them, a checkpoint taken while the witness is down is kept and handed over once it is back, and a
 * customer gets a proof of their consent through the gateway.
 */
class LedgerWitnessTest {

    private static final String OFFICER = Scenario.PRIVACY_OFFICER;

    @Test
    void eachLedgersCheckpointIsKeptByTheOtherServiceAndTheLedgerVerifiesAgainstIt() {
        for (String ledger : List.of("/api/disclosures/ledger", "/api/consents/ledger")) {
            Kura.as(OFFICER).post(ledger + "/checkpoints").then().statusCode(201)
                    .body("witnessedAt", notNullValue())
                    .body("publicKey", notNullValue());
            Kura.as(OFFICER).get(ledger + "/verify").then().statusCode(200)
                    .body("valid", equalTo(true))
                    .body("witnessReachable", equalTo(true))
                    .body("checkpoint.source", equalTo("WITNESS"))
                    .body("invalidCheckpoints.size()", equalTo(0));
            String lines = Kura.as(OFFICER).accept("application/x-ndjson").get(ledger + "/checkpoints").then().statusCode(200)
                    .extract().asString();
            assertTrue(lines.lines().findAny().isPresent(), ledger + ": the export has the checkpoint");
        }
    }

    @Test
    void aCheckpointTakenWhileTheWitnessIsDownIsKeptAndHandedOverOnceItIsBack() {
        Scenario.recipientsRegistered();
        Stack.stop("consent-service");
        long position;
        try {
            // A refused disclosure is a ledger row too: the head moves.
            Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/ord-unknown-" + System.nanoTime() + "/delivery").then().statusCode(404);
            Kura.as(OFFICER).post("/api/disclosures/ledger/checkpoints").then().statusCode(503)
                    .header("Retry-After", notNullValue())
                    .contentType("application/problem+json");
            JsonPath kept = newestCheckpoint();
            position = kept.getLong("position");
            assertNull(kept.get("witnessedAt"), "kept here, not witnessed yet");
            Kura.as(OFFICER).get("/api/disclosures/ledger/verify").then().statusCode(200)
                    .body("valid", equalTo(true))
                    .body("witnessReachable", equalTo(false))
                    .body("checkpoint.source", equalTo("LOCAL"));
        } finally {
            Stack.start("consent-service");
        }
        // Handed over by the retry schedule (every 5 s in this stack), not by asking again.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonPath newest = newestCheckpoint();
            assertEquals(position, newest.getLong("position"));
            assertTrue(newest.get("witnessedAt") != null, "witnessed once the witness is back");
        });
        Kura.as(OFFICER).get("/api/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("checkpoint.source", equalTo("WITNESS"))
                .body("checkpoint.position", equalTo((int) position));
    }

    @Test
    void aCustomerGetsAProofOfTheirConsentUpToAWitnessedCheckpoint() {
        Integer record = Kura.as("hanako").body("{\"channel\": \"web\", \"page\": \"account-settings\", \"noticeVersion\": \"1\"}")
                .post("/api/consents/me/cross-border-transfer/grant").then().statusCode(201).extract().path("id");
        Kura.as(OFFICER).post("/api/consents/ledger/checkpoints").then().statusCode(201);
        JsonPath proof = Kura.as("hanako").get("/api/consents/me/proofs/" + record).then().statusCode(200)
                .body("record.action", equalTo("GRANTED"))
                .body("checkpoint.ledger", equalTo("consent"))
                .body("checkpoint.witnessedAt", notNullValue())
                .extract().jsonPath();
        assertEquals(proof.getLong("checkpoint.position") - proof.getLong("position"), proof.getList("following").size(),
                "every link from the record up to the checkpoint");
        Kura.as("taro").get("/api/consents/me/proofs/" + record).then().statusCode(404);
    }

    /** The newest of disclosure-service's checkpoints, from the export. */
    private static JsonPath newestCheckpoint() {
        List<String> lines = Kura.as(OFFICER).accept("application/x-ndjson").get("/api/disclosures/ledger/checkpoints?limit=10000")
                .then().statusCode(200).extract().asString().lines().toList();
        return JsonPath.from(lines.get(lines.size() - 1));
    }
}
