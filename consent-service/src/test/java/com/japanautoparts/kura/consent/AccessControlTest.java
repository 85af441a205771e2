package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.LOGIN_PAGE;
import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.ConsentActionDto;
import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.service.ConsentService;
import com.japanautoparts.kura.testing.ManagementInterface;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Every endpoint needs its role, and one customer never reaches another's consents (BOLA). */
@QuarkusTest
class AccessControlTest {

    static final String ALICE = "customer-alice-consent";
    static final String BOB = "customer-bob-consent";
    /** Never records anything, so every state she sees must be "none" whatever ran before. */
    static final String CAROL = "customer-carol-consent";

    @Inject
    ConsentService consents;

    @BeforeEach
    void aliceHasOptedIn() {
        if (consents.history(ALICE).isEmpty()) {
            consents.record(ALICE, SPECIALS, ConsentAction.GRANTED,
                    new ConsentActionDto(Instant.now().minusSeconds(60), "web", LOGIN_PAGE, "specials-optin-v2", null), "test");
        }
    }

    @Test
    @TestSecurity(user = CAROL, roles = Roles.CUSTOMER)
    void carolSeesNoneOfAlicesConsents() {
        given().get("/consents/me").then().statusCode(200).body("state", everyItem(equalTo("none")));
        given().get("/consents/me/history").then().statusCode(200).body("$", hasSize(0));
        given().get("/consents/me/eligibility/" + SPECIALS).then().statusCode(200)
                .body("customerId", equalTo(CAROL)).body("eligible", is(false));
        given().get("/consents/me/acknowledgements").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = BOB, roles = Roles.CUSTOMER)
    void bobsWithdrawalNeverTouchesAlice() {
        given().contentType(ContentType.JSON).body("{\"channel\": \"web\", \"page\": \"account-settings-page\"}")
                .post("/consents/me/" + SPECIALS + "/withdraw").then().statusCode(201).body("customerId", equalTo(BOB));
        given().get("/consents/me/history").then().statusCode(200).body("customerId", everyItem(equalTo(BOB)));
        assertTrue(consents.eligibility(ALICE, SPECIALS).orElseThrow().eligible());
    }

    @Test
    @TestSecurity(user = BOB, roles = Roles.CUSTOMER)
    void aCustomerCannotUseStorefrontPrivacyOfficerOrInternalEndpoints() {
        int before = consents.history(ALICE).size();
        given().get("/consents/eligibility/" + ALICE + "/" + SPECIALS).then().statusCode(403);
        given().get("/consents/subjects/" + ALICE).then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(ConsentFixtures.storefrontAction(ALICE, SPECIALS, "withdrawn", Instant.now(), "unsubscribe-page"))
                .post("/consents").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"customerId\": \"" + ALICE + "\"}").post("/consents/gpc").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"customerId\": \"" + ALICE + "\", \"sentAt\": \"" + Instant.now() + "\"}")
                .post("/consents/marketing-emails").then().statusCode(403);
        given().get("/policies/current/unacknowledged").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/policies").then().statusCode(403);
        given().get("/internal/subjects/" + ALICE + "/export").then().statusCode(403);
        given().post("/internal/subjects/" + ALICE + "/erase").then().statusCode(403);
        assertEquals(before, consents.history(ALICE).size());
        assertTrue(consents.eligibility(ALICE, SPECIALS).orElseThrow().eligible());
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void theStorefrontCannotUseCustomerPrivacyOfficerOrInternalEndpoints() {
        given().get("/consents/me").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"channel\": \"web\", \"page\": \"x\"}").post("/consents/me/" + SPECIALS + "/withdraw")
                .then().statusCode(403);
        given().post("/policies/current/acknowledgement").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/policies").then().statusCode(403);
        given().post("/internal/subjects/" + ALICE + "/erase").then().statusCode(403);
        assertTrue(consents.eligibility(ALICE, SPECIALS).orElseThrow().eligible());
    }

    @Test
    @TestSecurity(user = "privacy-officer-1", roles = Roles.PRIVACY_OFFICER)
    void thePrivacyOfficerDoesNotReadOrWriteConsents() {
        given().get("/consents/subjects/" + ALICE).then().statusCode(403);
        given().get("/consents/eligibility/" + ALICE + "/" + SPECIALS).then().statusCode(403);
        given().get("/consents/me").then().statusCode(403);
        given().post("/internal/subjects/" + ALICE + "/erase").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "affiliate-1", roles = Roles.AFFILIATE)
    void otherPartiesGetNothing() {
        given().get("/consents/eligibility/" + ALICE + "/" + SPECIALS).then().statusCode(403);
        given().get("/purposes").then().statusCode(403);
        given().get("/policies").then().statusCode(403);
        given().get("/consents/me").then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource({ "GET,/consents/me", "GET,/consents/me/history", "POST,/consents/me/marketing-email-specials/grant",
            "POST,/consents/me/marketing-email-specials/withdraw", "GET,/consents/me/eligibility/marketing-email-specials",
            "GET,/consents/me/acknowledgements", "POST,/consents", "GET,/consents/subjects/x", "POST,/consents/gpc",
            "GET,/consents/eligibility/x/marketing-email-specials", "POST,/consents/marketing-emails", "GET,/purposes",
            "GET,/purposes/affiliate-tracking", "POST,/policies", "GET,/policies", "GET,/policies/v1",
            "POST,/policies/v1/acknowledgement", "GET,/policies/current/unacknowledged",
            "GET,/internal/subjects/x/export", "POST,/internal/subjects/x/erase" })
    void anonymousCallersAreRefused(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").request(method, path).then().statusCode(401);
    }

    @Test
    void theCurrentPolicyIsPublicAndHealthOpenApiAndMetricsAreOnTheManagementInterfaceOnly() {
        given().get("/policies/current").then().statusCode(org.hamcrest.Matchers.oneOf(200, 404));
        ManagementInterface.servesEveryEndpointThereAndNoneOnThePublicPort();
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void metricsNeverNameTheIdsInPaths() {
        ManagementInterface.assertIdsInPathsNeverReachMetrics("/internal/subjects/{id}/export",
                "/consents/subjects/{id}", "/consents/eligibility/{id}/marketing-email-specials");
    }
}
