package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.MalformedIds;
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

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void malformedIdsOnTheHooksNeverReachTheLegalHoldCheckNorOpenItsBreaker() {
        MalformedIds.assertHooksRefuseThemBeforeTheLegalHoldCheck();

        given().post("/internal/subjects/customer-well-formed/erase").then().statusCode(200)
                .body("outcome", equalTo("nothing-held"));
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void malformedOrderIdsAre400BeforeAnyLookUp() {
        for (String id : MalformedIds.IN_PATH) {
            ProblemAssertions.assertClientProblem(RawHttp.send(RestAssured.port, "GET", "/orders/" + id, null));
            ProblemAssertions.assertClientProblem(RawHttp.send(RestAssured.port, "POST", "/orders/" + id + "/transitions",
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
}
