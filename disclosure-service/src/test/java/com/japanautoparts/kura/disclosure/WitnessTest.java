package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.ledger.ChainHash;
import com.japanautoparts.kura.ledger.Checkpoint;
import com.japanautoparts.kura.ledger.CheckpointSigner;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * disclosure-service as the witness of consent-service's ledger (kura-ledger's WitnessResource): it keeps a checkpoint only
 * when consent-service's key signed it and it extends the newest one kept, so a rewritten consent ledger cannot have a new
 * head witnessed. In tests the witness checks with this service's own test key, so the test signs the checkpoints itself.
 */
@QuarkusTest
@TestProfile(RetentionProfile.class)
@TestSecurity(user = "consent-service", roles = Roles.LEDGER_WITNESS)
class WitnessTest {

    private static final String PATH = "/internal/ledger-witness/consent/checkpoints";

    @Inject
    CheckpointSigner signer;

    @BeforeEach
    void nothingWitnessedYet() throws SQLException {
        RetentionProfile.freshLedger();
    }

    @Test
    void keepsOnlySignedCheckpointsThatExtendTheNewestOne() {
        Instant now = Instant.now();
        Checkpoint first = signer.sign("consent", 3, "a".repeat(64), now, ChainHash.GENESIS);
        hand(first).statusCode(201).body("position", equalTo(3)).body("digest", equalTo(first.digest()));
        hand(first).statusCode(200);
        given().get(PATH + "/newest").then().statusCode(200).body("position", equalTo(3)).body("signature", equalTo(first.signature()));

        Checkpoint forged = new Checkpoint("consent", 4, first.hash(), first.at(), first.previous(), first.keyId(), first.signature());
        hand(forged).statusCode(422).body("detail", containsString("signature does not verify"));
        hand(signer.sign("consent", 5, "b".repeat(64), now, ChainHash.GENESIS)).statusCode(409)
                .body("detail", containsString("does not extend"));
        hand(signer.sign("consent", 2, "c".repeat(64), now, first.digest())).statusCode(409);

        Checkpoint next = signer.sign("consent", 5, "b".repeat(64), now.plusSeconds(1), first.digest());
        hand(next).statusCode(201);
        given().get(PATH + "/newest").then().statusCode(200).body("position", equalTo(5));
    }

    @Test
    void onlyTheWitnessedLedgerAndWellFormedCheckpoints() {
        given().get("/internal/ledger-witness/disclosure/checkpoints/newest").then().statusCode(404);
        given().get(PATH + "/newest").then().statusCode(404);
        given().contentType(ContentType.JSON).body("""
                {"ledger": "consent", "position": 1, "hash": "not-a-hash", "at": "2026-12-01T00:00:00Z",
                 "previous": "%s", "keyId": "%s", "signature": "x"}""".formatted(ChainHash.GENESIS, signer.keyId()))
                .post(PATH).then().statusCode(400).contentType(containsString("problem+json"));
    }

    @Test
    @TestSecurity(user = "staff-sato", roles = Roles.STAFF)
    void nobodyButAServiceWithTheWitnessRole() {
        given().get(PATH + "/newest").then().statusCode(403);
        given().contentType(ContentType.JSON).body(signer.sign("consent", 1, "a".repeat(64), Instant.now(), ChainHash.GENESIS))
                .post(PATH).then().statusCode(403);
    }

    private io.restassured.response.ValidatableResponse hand(Checkpoint checkpoint) {
        return given().contentType(ContentType.JSON).body(checkpoint).post(PATH).then();
    }
}
