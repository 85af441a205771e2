package com.japanautoparts.kura.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.service.RequestService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Roles on every endpoint, one customer never reaches another's request (BOLA). */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
class AccessControlTest {

    @Inject
    RequestService requests;

    String fileFor(String subject, String type) {
        return QuarkusTransaction.requiringNew().call(() -> requests.file(subject, type).request().id().toString());
    }

    @Test
    @TestSecurity(user = "customer-bob", roles = Roles.CUSTOMER)
    void aCustomerNeverSeesAnotherCustomersRequest() {
        String alices = fileFor("customer-alice", "access");

        given().get("/api/me/requests/" + alices).then().statusCode(404);
        given().get("/api/me/requests/" + alices + "/export").then().statusCode(404);
        given().get("/api/me/requests").then().statusCode(200).body("id", not(hasItem(alices)));
        given().get("/api/me/requests/not-a-uuid").then().statusCode(404);
        given().get("/api/me/requests/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "customer-carol", roles = Roles.CUSTOMER)
    void theExportIsOnlyForAFinishedAccessRequest() {
        String erasure = fileFor("customer-carol", "erasure");
        given().get("/api/me/requests/" + erasure + "/export").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kimura", roles = Roles.PRIVACY_OFFICER)
    void thePrivacyOfficerListsOpenRequestsByDueDate() {
        String open = fileFor("customer-dave-" + UUID.randomUUID(), "erasure");

        List<String> due = given().get("/api/requests?status=open").then().statusCode(200)
                .body("status", everyItem(org.hamcrest.Matchers.oneOf("received", "in-progress", "failed-retrying")))
                .extract().jsonPath().getList("dueAt");
        for (int i = 1; i < due.size(); i++) {
            assertTrue(Instant.parse(due.get(i - 1)).compareTo(Instant.parse(due.get(i))) <= 0, "sorted by due date");
        }
        given().get("/api/requests?status=all").then().statusCode(200).body("id", hasItem(open));
        given().get("/api/requests/" + open).then().statusCode(200).body("subject", org.hamcrest.Matchers.startsWith("customer-dave-"));
        given().get("/api/requests?status=bogus").then().statusCode(400).contentType("application/problem+json");
        // The officer files nothing and reads no customer's own endpoints.
        given().contentType(ContentType.JSON).body("{\"type\":\"access\"}").post("/api/me/requests").then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource({ "GET,/api/requests", "GET,/api/requests/00000000-0000-0000-0000-000000000000" })
    @TestSecurity(user = "customer-eve", roles = Roles.CUSTOMER)
    void aCustomerCannotUseTheOfficersEndpoints(String method, String path) {
        given().request(method, path).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "sato", roles = Roles.STAFF)
    void staffHaveNoAccessToRequests() {
        given().contentType(ContentType.JSON).body("{\"type\":\"erasure\"}").post("/api/me/requests").then().statusCode(403);
        given().get("/api/me/requests").then().statusCode(403);
        given().get("/api/requests").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void theGatewayServesNoDataSubjectHooksOfItsOwn() {
        given().get("/internal/subjects/customer-alice/export").then().statusCode(404);
        given().post("/internal/subjects/customer-alice/erase").then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({ "GET,/api/me/requests", "POST,/api/me/requests", "GET,/api/me/requests/x", "GET,/api/requests" })
    void anonymousCallersAreRefused(String method, String path) {
        given().contentType(ContentType.JSON).body("{\"type\":\"access\"}").request(method, path).then().statusCode(401);
    }
}
