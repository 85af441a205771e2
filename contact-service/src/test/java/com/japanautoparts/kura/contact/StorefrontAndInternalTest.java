package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.SubjectExportDto;
import com.japanautoparts.kura.contact.service.AccessLog;
import com.japanautoparts.kura.contact.service.ContactService;
import com.japanautoparts.kura.contact.service.EmailVerifications;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Registration and checkout for the storefront; projections and DSR hooks for internal callers. */
@QuarkusTest
class StorefrontAndInternalTest {

    static final String CUSTOMER = "customer-storefront";
    private static final String EMAIL = "storefront.customer@example.jp";
    /** The identity of the access log's scheduled flush. */
    private static final String ACCESS_LOG_FLUSH = "contact-access-log";

    @Inject
    ContactService contacts;

    @Inject
    ObjectMapper json;

    @Inject
    EmailVerifications verifications;

    @Inject
    AccessLog accessLog;

    @Inject
    Scheduler scheduler;

    @BeforeEach
    void startEmpty() {
        contacts.remove(CUSTOMER);
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void storefrontRegistersOnceAndReadsCheckout() {
        String registration = "{\"customerId\": \"" + CUSTOMER + "\", \"contact\": " + ContactFixtures.contact(EMAIL) + "}";
        given().contentType(ContentType.JSON).body(registration).post("/contacts")
                .then().statusCode(201).header("Location", endsWith("/contacts/" + CUSTOMER + "/checkout"));
        given().contentType(ContentType.JSON).body(registration).post("/contacts")
                .then().statusCode(409).contentType("application/problem+json");

        given().get("/contacts/" + CUSTOMER + "/checkout").then().statusCode(200)
                .body("hasShippingAddress", equalTo(true))
                .body("shippingAddress.postalCode", equalTo(ContactFixtures.POSTAL_CODE))
                .body("billingAddress.country", equalTo("US"))
                .body("email.address", equalTo(EMAIL))
                .body("phone.number", equalTo(ContactFixtures.PHONE));
        given().get("/contacts/nobody/checkout").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void registrationWithoutContactDataIsAllowedAndCheckoutSaysNoShippingAddress() {
        given().contentType(ContentType.JSON).body("{\"customerId\": \"" + CUSTOMER + "\"}").post("/contacts").then().statusCode(201);
        given().get("/contacts/" + CUSTOMER + "/checkout").then().statusCode(200)
                .body("hasShippingAddress", equalTo(false))
                .body("$", not(hasKey("shippingAddress")));
        given().contentType(ContentType.JSON).body("{\"contact\": {}}").post("/contacts").then().statusCode(400)
                .body("errors.field", contains("customerId"));
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void lookupByRemovedEmailFindsNothing() {
        String customer = "customer-removed-lookup";
        String email = "removed.lookup@example.jp";
        given().contentType(ContentType.JSON).body("{\"customerId\": \"" + customer + "\", \"contact\": {\"emails\": [{\"address\": \"" + email + "\"}]}}")
                .post("/contacts").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"email\": \"" + email + "\"}").post("/contacts/lookup").then().statusCode(404);
        verifications.verify(customer, email, verifications.issue(customer, email).code());
        given().contentType(ContentType.JSON).body("{\"email\": \"" + email.toUpperCase(java.util.Locale.ROOT) + "\"}")
                .post("/contacts/lookup").then().statusCode(200).body("customerId", equalTo(customer));

        // The same service call that DELETE /contacts/me makes for the customer.
        contacts.remove(customer);

        given().contentType(ContentType.JSON).body("{\"email\": \"" + email + "\"}")
                .post("/contacts/lookup").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "disclosure-service", roles = Roles.DISCLOSURE_BROKER)
    void projectionsReleaseOnlyWhatThePurposeNeeds() throws JsonProcessingException {
        storeFixture();
        given().get("/internal/contacts/" + CUSTOMER + "/projections/delivery").then().statusCode(200)
                .body("name.family", equalTo(ContactFixtures.FAMILY))
                .body("shippingAddress.line1", equalTo(ContactFixtures.LINE1))
                .body("phone.number", equalTo(ContactFixtures.PHONE))
                .body("$", not(hasKey("email"))).body("$", not(hasKey("billingAddress")))
                .body("dataItems", contains("user.name", "user.contact.address.shipping", "user.contact.phone_number"));
        given().get("/internal/contacts/" + CUSTOMER + "/projections/payment").then().statusCode(200)
                .body("billingAddress.line1", equalTo("500 Market Street"))
                .body("dataItems", contains("user.name", "user.contact.address.billing"))
                .body("$", not(hasKey("shippingAddress"))).body("$", not(hasKey("phone"))).body("$", not(hasKey("email")));
        given().get("/internal/contacts/" + CUSTOMER + "/projections/support").then().statusCode(200)
                .body("email.address", equalTo(EMAIL))
                .body("dataItems", contains("user.name", "user.contact.email"))
                .body("$", not(hasKey("shippingAddress"))).body("$", not(hasKey("phone")));
        given().get("/internal/contacts/" + CUSTOMER + "/projections/marketing").then().statusCode(404);
        given().get("/internal/contacts/nobody/projections/delivery").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void exportHoldsEverythingAndErasureKeepsNothing() throws JsonProcessingException {
        storeFixture();
        given().get("/internal/subjects/" + CUSTOMER + "/export").then().statusCode(200)
                .body("customerId", equalTo(CUSTOMER))
                .body("contact.emails[0].address", equalTo(EMAIL))
                .body("history.size()", greaterThan(0))
                .body("accessLog", notNullValue());

        given().post("/internal/subjects/" + CUSTOMER + "/erase").then().statusCode(200)
                .body("service", equalTo("contact-service"))
                .body("outcome", equalTo("erased"))
                .body("$", not(hasKey("retained")))
                .body("$", not(hasKey("customerId")));
        given().post("/internal/subjects/" + CUSTOMER + "/erase").then().statusCode(200).body("outcome", equalTo("nothing-held"));
        given().get("/internal/subjects/" + CUSTOMER + "/export").then().statusCode(404);
        assertTrue(contacts.find(CUSTOMER).isEmpty());
        assertTrue(contacts.history(CUSTOMER).isEmpty(), "the history goes with the data");
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void theExportWrittenAPageAtATimeIsTheWholeDocumentByteForByte() throws JsonProcessingException {
        storeFixture();
        // More changes and reads than a page holds (two rows in tests), and a name in kanji and kana.
        contacts.replace(CUSTOMER, json.readValue(ContactFixtures.contact(EMAIL).replace(ContactFixtures.FAMILY, "山田")
                .replace(ContactFixtures.GIVEN, "花子").replace("Room 401", "グランフロント 北館 7階"), ContactDto.class), "test");
        contacts.replace(CUSTOMER, json.readValue(ContactFixtures.contact("other." + EMAIL).replace(ContactFixtures.FAMILY, "山田")
                .replace(ContactFixtures.GIVEN, "花子"), ContactDto.class), "test");
        for (int i = 0; i < 5; i++) {
            contacts.checkout(CUSTOMER, new AccessLog.Reader("storefront-app", null));
        }
        // The export's own read is recorded before it is written: kept out of the log until the document is read.
        scheduler.pause(ACCESS_LOG_FLUSH);
        try {
            accessLog.flush();
            SubjectExportDto whole = new SubjectExportDto("contact-service", CUSTOMER, contacts.find(CUSTOMER).orElseThrow(),
                    contacts.history(CUSTOMER).orElseThrow(), accessLog.of(CUSTOMER));
            assertTrue(whole.history().size() > 2 && whole.accessLog().size() > 2, "several pages of each");
            String body = given().get("/internal/subjects/" + CUSTOMER + "/export").then().statusCode(200)
                    .contentType("application/json").extract().asString();
            assertEquals(json.writeValueAsString(whole), body);
            assertEquals("山田", json.readTree(body).at("/contact/name/family").asText());
        } finally {
            scheduler.resume(ACCESS_LOG_FLUSH);
        }
    }

    private void storeFixture() throws JsonProcessingException {
        contacts.replace(CUSTOMER, json.readValue(ContactFixtures.contact(EMAIL), ContactDto.class), "test");
    }
}
