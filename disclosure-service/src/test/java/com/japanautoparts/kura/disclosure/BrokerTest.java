package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LedgerOutcome;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The broker: need-to-know data for the right recipient only, every disclosure and refusal in the
 * ledger, and nothing released when the ledger cannot record it.
 */
@QuarkusTest
class BrokerTest {

    String customer;
    String order;

    @BeforeEach
    void anOrderAssignedToCarrierAAndProcessorA() {
        Fixtures.registerRecipients();
        customer = Fixtures.unique("cust");
        order = Fixtures.orderId();
        UpstreamStubs.contact(customer);
        UpstreamStubs.order(order, customer, Fixtures.CARRIER_A, Fixtures.PROCESSOR);
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void theAssignedCarrierGetsDeliveryDataAndTheLedgerHasItFirst() {
        Response response = given().get("/disclosures/orders/" + order + "/delivery").andReturn();
        response.then().statusCode(200)
                .body("purpose", equalTo("delivery"))
                .body("recipientId", equalTo(Fixtures.CARRIER_A))
                .body("legalBasis", equalTo("outsourcing"))
                .body("order.orderId", equalTo(order))
                .body("order.trackingNumber", equalTo("TRK-" + order))
                .body("contact.name.family", equalTo(Fixtures.FAMILY))
                .body("contact.shippingAddress.line1", equalTo(Fixtures.LINE1))
                .body("contact.phone.number", equalTo(Fixtures.PHONE))
                .body("contact.billingAddress", nullValue())
                .body("contact.email", nullValue())
                .body("contact.customerId", nullValue())
                .body("order.paymentToken", nullValue())
                .body("dataItems", hasItems("user.name", "user.contact.address.shipping", "user.contact.phone_number"));
        assertFalse(response.asString().contains("unexpectedField"), "fields the broker does not know are never passed on");

        LedgerEntry entry = LedgerEntry.findById(response.jsonPath().getLong("disclosureId"));
        assertEquals(LedgerOutcome.DISCLOSED, entry.outcome);
        assertEquals(Fixtures.CARRIER_A, entry.recipientId);
        assertEquals(RecipientKind.CARRIER, entry.recipientKind);
        assertEquals(customer, entry.subject);
        assertEquals("order:" + order, entry.reference);
        assertEquals("delivery", entry.purpose);
        assertEquals(LegalBasis.OUTSOURCING, entry.legalBasis);
        assertEquals("carrier-a-app", entry.actor);
        assertTrue(entry.dataItems.containsAll(List.of("user.name", "user.contact.address.shipping", "user.contact.phone_number")));
        assertTrue(entry.dataItems.contains("user.behavior.purchase_history.shipment"));
        assertFalse(entry.dataItems.contains("user.unique_id"), "the customer id is not released, so not recorded");
        assertFalse(response.asString().contains(customer), "the customer id stays inside");
        assertFalse(entry.dataItems.toString().contains(Fixtures.FAMILY), "the ledger holds item names, never values");
    }

    @Test
    @TestSecurity(user = "service-account-processor-a", roles = Roles.PAYMENT_PROCESSOR)
    @OidcSecurity(claims = @Claim(key = "azp", value = "processor-a-app"))
    void theAssignedProcessorGetsPaymentDataOnly() {
        given().get("/disclosures/orders/" + order + "/payment").then().statusCode(200)
                .body("order.paymentToken", equalTo("tok_" + order))
                .body("order.amount", equalTo(12800))
                .body("order.currency", equalTo("JPY"))
                .body("contact.billingAddress.line1", equalTo(Fixtures.BILLING_LINE1))
                .body("contact.shippingAddress", nullValue())
                .body("contact.phone", nullValue())
                .body("order.trackingNumber", nullValue());
        assertEquals(1, disclosed(Fixtures.PROCESSOR));
        LedgerEntry entry = LedgerEntry.find("recipientId = ?1 and reference = ?2", Fixtures.PROCESSOR, "order:" + order).firstResult();
        assertEquals(List.of("user.financial.credit_card.token", "user.behavior.purchase_history.amount", "user.name",
                "user.contact.address.billing"), entry.dataItems);
    }

    @Test
    @TestSecurity(user = "service-account-carrier-b", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-b-app"))
    void anotherCarriersOrderLooksMissingAndTheAttemptIsRecorded() {
        Response response = given().get("/disclosures/orders/" + order + "/delivery").andReturn();
        ProblemAssertions.assertProblem(response, 404);
        assertNoPersonalData(response);
        assertEquals(1, refused(Fixtures.CARRIER_B, "not-assigned"));
        assertEquals(0, disclosed(Fixtures.CARRIER_B));
    }

    @Test
    @TestSecurity(user = "service-account-carrier-inactive", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-inactive-app"))
    void anInactiveRecipientIsRefused() {
        Response response = given().get("/disclosures/orders/" + order + "/delivery").andReturn();
        ProblemAssertions.assertProblem(response, 403);
        assertNoPersonalData(response);
        assertEquals(1, refused(Fixtures.CARRIER_INACTIVE, "inactive-recipient"));
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void aCarrierHasNoRuleForPaymentData() {
        Response response = given().get("/disclosures/orders/" + order + "/payment").andReturn();
        ProblemAssertions.assertProblem(response, 403);
        assertNoPersonalData(response);
        assertEquals(1, refused(Fixtures.CARRIER_A, "no-rule"));
    }

    @Test
    @TestSecurity(user = "service-account-analytics-z", roles = Roles.AFFILIATE)
    @OidcSecurity(claims = @Claim(key = "azp", value = "analytics-z-app"))
    void aRecipientKindWithoutAnyRuleGetsNothing() {
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + order + "/delivery").andReturn(), 403);
        assertEquals(1, refused(Fixtures.ANALYTICS, "no-rule"));
    }

    @Test
    @TestSecurity(user = "service-account-stranger", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "not-registered-app"))
    void anUnregisteredClientIsRefused() {
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + order + "/delivery").andReturn(), 403);
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void anUnknownOrderOrPurposeIs404() {
        String unknown = Fixtures.orderId();
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + unknown + "/delivery").andReturn(), 404);
        assertEquals(1, LedgerEntry.count("recipientId = ?1 and reference = ?2 and refusal = ?3", Fixtures.CARRIER_A,
                "order:" + unknown, "unknown-order"));
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + order + "/marketing").andReturn(), 404);
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void anOwningServiceOutageIs503WithoutData() {
        String failing = Fixtures.orderId();
        UpstreamStubs.orderFails(failing);
        Response response = given().get("/disclosures/orders/" + failing + "/delivery").andReturn();
        ProblemAssertions.assertProblem(response, 503);
        assertEquals("30", response.header("Retry-After"));
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void whenTheLedgerCannotRecordNothingIsReleased() throws SQLException {
        long before = LedgerEntry.count();
        Response response;
        LedgerFailure failure = LedgerFailure.start();
        try {
            response = given().get("/disclosures/orders/" + order + "/delivery").andReturn();
        } finally {
            failure.close();
        }
        ProblemAssertions.assertProblem(response, 503);
        assertNoPersonalData(response);
        response.then().body("disclosureId", nullValue()).body("contact", nullValue());
        assertEquals(before, LedgerEntry.count());

        // The same request succeeds once the ledger records again.
        given().get("/disclosures/orders/" + order + "/delivery").then().statusCode(200)
                .body("contact.name.family", equalTo(Fixtures.FAMILY));
    }

    @Test
    @TestSecurity(user = "staff-sato", roles = Roles.STAFF)
    void staffGetSupportDataWithAStatedReason() {
        Response response = given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Customer called about a missing parcel, ticket SUP-1234\"}")
                .post("/disclosures/customers/" + customer + "/support").andReturn();
        response.then().statusCode(200)
                .body("recipientId", equalTo(Fixtures.STAFF_DESK))
                .body("contact.customerId", equalTo(customer))
                .body("contact.email.address", equalTo(Fixtures.EMAIL))
                .body("contact.shippingAddress", nullValue())
                .body("contact.phone", nullValue());
        LedgerEntry entry = LedgerEntry.findById(response.jsonPath().getLong("disclosureId"));
        assertEquals("staff-sato", entry.actor);
        assertEquals(customer, entry.subject);
        assertEquals(RecipientKind.STAFF, entry.recipientKind);
        assertEquals("Customer called about a missing parcel, ticket SUP-1234", entry.reason);
        assertEquals(LegalBasis.CONTRACT, entry.legalBasis);
    }

    @Test
    @TestSecurity(user = "staff-sato", roles = Roles.STAFF)
    void staffWithoutAReasonOrForAnUnknownCustomerGetNothing() {
        ProblemAssertions.assertClientProblem(given().contentType(ContentType.JSON).body("{\"reason\": \"   \"}")
                .post("/disclosures/customers/" + customer + "/support").andReturn());
        ProblemAssertions.assertClientProblem(given().contentType(ContentType.JSON).body("{}")
                .post("/disclosures/customers/" + customer + "/support").andReturn());
        assertEquals(0, LedgerEntry.count("subject = ?1", customer));

        String unknown = Fixtures.unique("nobody");
        Response response = given().contentType(ContentType.JSON).body("{\"reason\": \"Looking up a caller by id\"}")
                .post("/disclosures/customers/" + unknown + "/support").andReturn();
        ProblemAssertions.assertProblem(response, 404);
        assertEquals(1, LedgerEntry.count("subject = ?1 and refusal = ?2", unknown, "unknown-customer"));
    }

    @Test
    @TestSecurity(user = "staff-sato", roles = Roles.STAFF)
    void staffCannotUseTheOrderEndpoints() {
        given().get("/disclosures/orders/" + order + "/delivery").then().statusCode(403);
    }

    private long refused(String recipientId, String refusal) {
        return LedgerEntry.count("recipientId = ?1 and reference = ?2 and outcome = ?3 and refusal = ?4", recipientId,
                "order:" + order, LedgerOutcome.REFUSED, refusal);
    }

    private long disclosed(String recipientId) {
        return LedgerEntry.count("recipientId = ?1 and reference = ?2 and outcome = ?3", recipientId, "order:" + order,
                LedgerOutcome.DISCLOSED);
    }

    private static void assertNoPersonalData(Response response) {
        response.then().body(not(containsString(Fixtures.FAMILY))).body(not(containsString(Fixtures.LINE1)))
                .body(not(containsString(Fixtures.PHONE)));
        assertNull(response.jsonPath().get("contact"));
    }
}
