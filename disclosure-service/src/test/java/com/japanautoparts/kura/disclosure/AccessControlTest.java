package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.ManagementInterface;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Every endpoint needs its role; nobody reaches the registry, rules, ledger or cases without it. */
@QuarkusTest
class AccessControlTest {

    @Test
    @TestSecurity(user = "customer-alice", roles = Roles.CUSTOMER)
    void aCustomerReachesOnlyTheirOwnReport() {
        given().get("/disclosures/me").then().statusCode(200);
        given().get("/recipients").then().statusCode(403);
        given().get("/rules").then().statusCode(403);
        given().get("/cases").then().statusCode(403);
        given().get("/disclosures/ledger").then().statusCode(403);
        given().get("/disclosures/ledger/verify").then().statusCode(403);
        given().get("/disclosures/orders/x/delivery").then().statusCode(403);
        given().get("/disclosures/proposals").then().statusCode(403);
        given().get("/disclosures/refusals").then().statusCode(403);
        given().get("/rules/history").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"reason\": \"just curious about bob\"}")
                .post("/disclosures/customers/customer-bob/support").then().statusCode(403);
        given().get("/internal/subjects/customer-bob/export").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    void aCarrierReachesOnlyTheOrderBroker() {
        given().get("/recipients").then().statusCode(403);
        given().get("/rules").then().statusCode(403);
        given().get("/cases").then().statusCode(403);
        given().get("/disclosures/me").then().statusCode(403);
        given().get("/disclosures/ledger/verify").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"reason\": \"carrier wants an email\"}")
                .post("/disclosures/customers/customer-bob/support").then().statusCode(403);
        given().post("/internal/subjects/customer-bob/erase").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "staff-sato", roles = Roles.STAFF)
    void staffCannotManageTheRegistryRulesOrLedger() {
        given().contentType(ContentType.JSON).body(Fixtures.recipient("staff-made", "carrier", true)).post("/recipients")
                .then().statusCode(403);
        given().get("/rules").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").post("/rules").then().statusCode(403);
        given().delete("/rules/1").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").put("/rules/1").then().statusCode(403);
        given().get("/rules/history").then().statusCode(403);
        given().get("/recipients/x/history").then().statusCode(403);
        given().get("/disclosures/proposals").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"note\": \"staff approving a rule\"}").post("/disclosures/proposals/1/approve")
                .then().statusCode(403);
        given().get("/disclosures/refusals").then().statusCode(403);
        given().get("/disclosures/ledger").then().statusCode(403);
        given().get("/disclosures/me").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
    void thePrivacyOfficerCannotTakeDataThroughTheBroker() {
        given().get("/disclosures/orders/x/delivery").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"reason\": \"officer wants to look\"}")
                .post("/disclosures/customers/customer-bob/support").then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource({ "GET,/disclosures/me", "GET,/disclosures/orders/x/delivery", "POST,/disclosures/customers/x/support",
            "GET,/disclosures/ledger", "GET,/disclosures/ledger/verify", "GET,/recipients", "POST,/recipients",
            "PUT,/recipients/x", "GET,/rules", "POST,/rules", "DELETE,/rules/1", "GET,/cases", "POST,/cases",
            "POST,/cases/1/approve", "POST,/cases/1/execute", "GET,/internal/subjects/x/export",
            "POST,/internal/subjects/x/erase", "PUT,/rules/1", "GET,/rules/history", "GET,/recipients/x/history",
            "GET,/disclosures/proposals", "GET,/disclosures/proposals/1", "POST,/disclosures/proposals/1/approve",
            "POST,/disclosures/proposals/1/reject", "GET,/disclosures/refusals" })
    void anonymousCallersAreRefused(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").request(method, path).then().statusCode(401);
    }

    @Test
    void healthOpenApiAndMetricsAreOnTheManagementInterfaceOnly() {
        ManagementInterface.servesEveryEndpointThereAndNoneOnThePublicPort();
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void metricsNeverNameTheIdsInPaths() {
        ManagementInterface.assertIdsInPathsNeverReachMetrics("/internal/subjects/{id}/export",
                "/disclosures/orders/{id}/delivery", "/internal/legal-holds/subjects/{id}");
    }
}
