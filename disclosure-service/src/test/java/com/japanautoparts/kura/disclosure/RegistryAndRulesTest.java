package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The privacy officer keeps the registry and the need-to-know rules through the API. */
@QuarkusTest
@TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
class RegistryAndRulesTest {

    @Test
    void registerReadUpdateAndDeactivateARecipient() {
        String id = "carrier-" + Long.toHexString(System.nanoTime());
        given().contentType(ContentType.JSON).body("""
                {"id": "%s", "name": "Yamato Transport Co., Ltd.", "kind": "carrier", "country": "JP",
                 "transferMechanism": "domestic", "contractReference": "DPA-2026-007", "oidcClientId": "%s-client",
                 "provider": {"name": "Yamato Transport Co., Ltd.", "address": "2-16-10 Ginza, Chuo-ku, Tokyo",
                              "representative": "Taro Example", "acquisition": "delivery results reported by drivers"}}"""
                .formatted(id, id))
                .post("/recipients").then().statusCode(201)
                .header("Location", endsWith("/recipients/" + id))
                .body("active", equalTo(true))
                .body("provider.representative", equalTo("Taro Example"));

        given().contentType(ContentType.JSON).body(Fixtures.recipient(id, "carrier", true)).post("/recipients")
                .then().statusCode(409);
        given().get("/recipients/" + id).then().statusCode(200).body("kind", equalTo("carrier"));
        given().get("/recipients").then().statusCode(200).body("id", hasItem(id));

        given().contentType(ContentType.JSON).body("""
                {"name": "Yamato Transport", "kind": "carrier", "country": "JP", "transferMechanism": "domestic",
                 "oidcClientId": "%s-client", "active": false}""".formatted(id))
                .put("/recipients/" + id).then().statusCode(200).body("active", equalTo(false)).body("provider", org.hamcrest.Matchers.nullValue());
        given().get("/recipients/" + id).then().body("active", equalTo(false)).body("name", equalTo("Yamato Transport"));
        ProblemAssertions.assertProblem(given().get("/recipients/no-such-recipient").andReturn(), 404);
    }

    @Test
    void anOidcClientIdBelongsToOneRecipient() {
        String first = "proc-" + Long.toHexString(System.nanoTime());
        given().contentType(ContentType.JSON).body(Fixtures.recipient(first, "payment-processor", true)).post("/recipients")
                .then().statusCode(201);
        String clash = """
                {"id": "%s-2", "name": "Clash", "kind": "payment-processor", "country": "US", "transferMechanism": "consent",
                 "oidcClientId": "%s"}""".formatted(first, Fixtures.clientOf(first));
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(clash).post("/recipients").andReturn(), 409);
        given().get("/recipients/" + first + "-2").then().statusCode(404);
    }

    @Test
    void theSeededRulesAreThereAndRulesAreData() {
        given().get("/rules").then().statusCode(200)
                .body("find { it.recipientKind == 'carrier' }.purpose", equalTo("delivery"))
                .body("find { it.recipientKind == 'carrier' }.requiresAssignment", equalTo(true))
                .body("find { it.recipientKind == 'payment-processor' }.orderProjection", equalTo("payment"))
                .body("find { it.recipientKind == 'staff' }.requiresReason", equalTo(true));

        int id = given().contentType(ContentType.JSON).body("""
                {"recipientKind": "fraud-prevention", "purpose": "support", "contactProjection": "support",
                 "legalBasis": "fraud-prevention", "requiresAssignment": false, "requiresReason": true}""")
                .post("/rules").then().statusCode(201).extract().path("id");
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("""
                {"recipientKind": "fraud-prevention", "purpose": "support", "contactProjection": "support",
                 "legalBasis": "fraud-prevention", "requiresAssignment": false, "requiresReason": true}""")
                .post("/rules").andReturn(), 409);
        given().delete("/rules/" + id).then().statusCode(204);
        ProblemAssertions.assertProblem(given().delete("/rules/" + id).andReturn(), 404);
    }
}
