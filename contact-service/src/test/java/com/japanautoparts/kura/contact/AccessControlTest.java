package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.EmailDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.service.ContactService;
import com.japanautoparts.kura.testing.ManagementInterface;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Every endpoint needs its role, and one customer never reaches another's data (BOLA). */
@QuarkusTest
class AccessControlTest {

    static final String ALICE = "customer-alice";
    static final String BOB = "customer-bob";

    @Inject
    ContactService contacts;

    @BeforeEach
    void aliceHasContactData() {
        contacts.remove(ALICE);
        contacts.remove(BOB);
        contacts.replace(ALICE, new ContactDto(new NameDto("Alice", "A"), null, null,
                List.of(EmailDto.unverified("alice@example.jp"))), "test");
    }

    @Test
    @TestSecurity(user = BOB, roles = Roles.CUSTOMER)
    void bobSeesOnlyHisOwnEmptyProfile() {
        given().get("/contacts/me").then().statusCode(404);
        given().get("/contacts/me/history").then().statusCode(404);
        given().get("/contacts/me/access-log").then().statusCode(200).body("size()", equalTo(0));
        given().get("/contacts/access-log/anomalies").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = BOB, roles = Roles.CUSTOMER)
    void bobsChangesAndRemovalNeverTouchAlice() {
        given().contentType(ContentType.JSON).body("{\"name\": {\"family\": \"Bob\"}}").put("/contacts/me").then().statusCode(201);
        given().contentType("application/merge-patch+json").body("{\"emails\": null}").patch("/contacts/me").then().statusCode(200);
        given().delete("/contacts/me").then().statusCode(204);

        assertEquals("Alice", contacts.find(ALICE).orElseThrow().name().family());
        assertEquals(1, contacts.find(ALICE).orElseThrow().emails().size());
    }

    @Test
    @TestSecurity(user = BOB, roles = Roles.CUSTOMER)
    void aCustomerCannotUseStorefrontOrInternalEndpoints() {
        given().get("/contacts/" + ALICE + "/checkout").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"email\": \"alice@example.jp\"}").post("/contacts/lookup").then().statusCode(403);
        given().get("/internal/contacts/" + ALICE + "/projections/delivery").then().statusCode(403);
        given().get("/internal/subjects/" + ALICE + "/export").then().statusCode(403);
        given().post("/internal/subjects/" + ALICE + "/erase").then().statusCode(403);
        assertTrue(contacts.find(ALICE).isPresent());
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void theStorefrontCannotUseCustomerOrInternalEndpoints() {
        given().get("/contacts/me").then().statusCode(403);
        given().get("/contacts/me/access-log").then().statusCode(403);
        given().get("/contacts/access-log/anomalies").then().statusCode(403);
        given().get("/internal/contacts/" + ALICE + "/projections/support").then().statusCode(403);
        given().post("/internal/subjects/" + ALICE + "/erase").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "carrier-1", roles = Roles.CARRIER)
    void aThirdPartyGetsNothingDirectly() {
        given().get("/internal/contacts/" + ALICE + "/projections/delivery").then().statusCode(403);
        given().get("/contacts/" + ALICE + "/checkout").then().statusCode(403);
        given().get("/contacts/me").then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource({ "GET,/contacts/me", "PUT,/contacts/me", "DELETE,/contacts/me", "GET,/contacts/me/history",
            "POST,/contacts", "GET,/contacts/x/checkout", "POST,/contacts/lookup",
            "GET,/internal/contacts/x/projections/delivery", "GET,/internal/subjects/x/export", "POST,/internal/subjects/x/erase",
            "GET,/contacts/me/access-log", "GET,/contacts/access-log/anomalies" })
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
                "/contacts/{id}/checkout", "/internal/contacts/{id}/projections/delivery");
    }
}
