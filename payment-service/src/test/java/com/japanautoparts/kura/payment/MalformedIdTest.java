package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.LegalHoldStub;
import com.japanautoparts.kura.testing.ProblemAssertions;
import com.japanautoparts.kura.testing.RawHttp;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Malformed identifiers are refused at the edge (4xx problems) before any database or upstream call: a malformed
 * customer id on the data-subject hooks never reaches the legal-hold check, so a burst of them cannot open its circuit
 * breaker and well-formed erasures keep working.
 */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
class MalformedIdTest {

    /** As they appear in a URL path: spaces, braces, a leading dash, too long, non-ASCII, controls, card numbers. */
    static final List<String> MALFORMED_IDS = List.of("a%20b", "%7Bx%7D", "%7B", "-dash", "x".repeat(256), "%C3%BC", "%00",
            "a%0Ab", "4111111111111111", "4111%201111%201111%201111", "%u0041", "a%c0%afb", "..%2F..", "%27%20OR%201%3D1--");

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void malformedIdsOnTheHooksNeverReachTheLegalHoldCheckNorOpenItsBreaker() {
        int lookups = LegalHoldStub.subjectLookups();
        for (int round = 0; round < 3; round++) {
            for (String id : MALFORMED_IDS) {
                assertClientProblem(RawHttp.send(RestAssured.port, "POST", "/internal/subjects/" + id + "/erase", new byte[0]));
                assertClientProblem(RawHttp.send(RestAssured.port, "GET", "/internal/subjects/" + id + "/export", null));
            }
        }
        assertEquals(lookups, LegalHoldStub.subjectLookups(), "a malformed id reached the legal-hold check");

        given().post("/internal/subjects/customer-well-formed/erase").then().statusCode(200)
                .body("outcome", equalTo("nothing-held"));
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void malformedOrderIdsAre400BeforeAnyLookUp() {
        for (String id : MALFORMED_IDS) {
            assertClientProblem(RawHttp.send(RestAssured.port, "GET", "/orders/" + id, null));
            assertClientProblem(RawHttp.send(RestAssured.port, "POST", "/orders/" + id + "/transitions",
                    "{\"action\": \"pay\"}".getBytes(StandardCharsets.UTF_8), "Content-Type: application/json"));
        }
        Response notAnOrderId = given().get("/orders/not-a-uuid");
        ProblemAssertions.assertProblem(notAnOrderId, 400);
        assertEquals("orderId", notAnOrderId.jsonPath().getString("errors[0].field"));
    }

    @Test
    @TestSecurity(user = "customer-malformed", roles = Roles.CUSTOMER)
    void aNulInACustomersPathIs400() {
        for (String id : List.of("%00", "x%7Bx", "%u0041")) {
            RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET", "/orders/me/" + id, null);
            assertEquals(400, answer.status(), answer.toString());
            assertTrue(answer.isProblem(), answer.toString());
        }
    }

    static void assertClientProblem(RawHttp.Answer answer) {
        assertTrue(answer.status() >= 400 && answer.status() < 500, answer.toString());
        assertTrue(answer.isProblem(), answer.toString());
        assertEquals(answer.status(), answer.json().getInt("status"), answer.toString());
    }
}
