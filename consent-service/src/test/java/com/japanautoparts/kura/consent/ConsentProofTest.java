package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.LOGIN_PAGE;
import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * A customer's proof of consent, checked the way the customer or a regulator would: with nothing but the proof, SHA-256
 * and Ed25519 (the canonical form written out again here, not taken from the service's code).
 */
@QuarkusTest
@TestProfile(ChainProfile.class)
@TestSecurity(user = ConsentProofTest.CUSTOMER, roles = { Roles.CUSTOMER, Roles.STOREFRONT, Roles.PRIVACY_OFFICER })
class ConsentProofTest {

    static final String CUSTOMER = "customer-with-proof";

    @BeforeEach
    void anEmptyLedger() throws SQLException {
        ChainProfile.freshLedger();
    }

    @Test
    void aCustomersOptInIsProvenUpToASignedCheckpointWithNothingButTheProof() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        long optIn = ConsentFixtures.record(CUSTOMER, SPECIALS, "granted", at, LOGIN_PAGE);
        ConsentFixtures.record(ConsentFixtures.newCustomer(), SPECIALS, "granted", at.plusSeconds(1), LOGIN_PAGE);
        ConsentFixtures.record(CUSTOMER, SPECIALS, "withdrawn", at.plusSeconds(2), LOGIN_PAGE);

        given().get("/consents/me/proofs/" + optIn).then().statusCode(200)
                .body("position", equalTo(1))
                .body("checkpoint", nullValue())
                .body("following", empty());

        given().post("/consents/ledger/checkpoints").then().statusCode(201).body("position", equalTo(3));
        String body = given().get("/consents/me/proofs/" + optIn).then().statusCode(200).extract().asString();
        JsonPath proof = new JsonPath(body);
        assertEquals(optIn, proof.getLong("recordId"));
        assertEquals("GRANTED", proof.getString("record.action"));
        assertEquals(LOGIN_PAGE, proof.getString("record.page"));
        assertEquals(2, proof.getList("following").size());
        assertTrue(check(proof), "the proof checks");

        assertFalse(check(new JsonPath(body.replace('"' + LOGIN_PAGE + '"', "\"some-other-page\""))), "a changed field does not check");
    }

    @Test
    void anotherCustomersRecordIsNotFound() {
        long theirs = ConsentFixtures.record(ConsentFixtures.newCustomer(), SPECIALS, "granted", Instant.now().minusSeconds(5), LOGIN_PAGE);
        given().get("/consents/me/proofs/" + theirs).then().statusCode(404);
        given().get("/consents/me/proofs/987654321").then().statusCode(404);
    }

    /** The checks a reader makes (the proof's howToCheck). */
    private static boolean check(JsonPath proof) throws Exception {
        List<String> fields = List.of("id", "subject", "purpose", "action", "at", "recordedAt", "channel", "page", "policyVersion",
                "noticeVersion", "userAgent", "actor", "viaGpc", "salt");
        String recordHash = sha256(form(fields.stream().map(f -> proof.getString("record." + f)).toArray(String[]::new)));
        if (!recordHash.equals(proof.getString("recordHash"))) {
            return false;
        }
        long position = proof.getLong("position");
        String hash = sha256(form(Long.toString(position), proof.getString("recordId"), recordHash, proof.getString("previousHash")));
        if (!hash.equals(proof.getString("hash"))) {
            return false;
        }
        for (Map<String, Object> link : proof.<Map<String, Object>> getList("following")) {
            position = ((Number) link.get("position")).longValue();
            hash = sha256(form(Long.toString(position), link.get("recordId").toString(), (String) link.get("recordHash"), hash));
        }
        Map<String, Object> checkpoint = proof.getMap("checkpoint");
        if (((Number) checkpoint.get("position")).longValue() != position || !hash.equals(checkpoint.get("hash"))) {
            return false;
        }
        byte[] key = Base64.getDecoder().decode((String) checkpoint.get("publicKey"));
        if (!sha256(key).substring(0, 16).equals(checkpoint.get("keyId"))) {
            return false;
        }
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(key)));
        ed25519.update(form("kura-ledger-checkpoint/1", (String) checkpoint.get("ledger"), checkpoint.get("position").toString(),
                (String) checkpoint.get("hash"), (String) checkpoint.get("at"), (String) checkpoint.get("previous"),
                (String) checkpoint.get("keyId")).getBytes(StandardCharsets.UTF_8));
        return ed25519.verify(Base64.getDecoder().decode((String) checkpoint.get("signature")));
    }

    private static String form(String... fields) {
        StringBuilder form = new StringBuilder();
        for (String field : fields) {
            form.append(field == null ? "-;" : field.length() + ":" + field + ";");
        }
        return form.toString();
    }

    private static String sha256(String text) throws Exception {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
