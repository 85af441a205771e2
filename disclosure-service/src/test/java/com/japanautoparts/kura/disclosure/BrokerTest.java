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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.RecipientDto;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LedgerOutcome;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.disclosure.service.ProposalService;
import com.japanautoparts.kura.disclosure.service.RecipientService;
import com.japanautoparts.kura.testing.MovableClock;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The broker: need-to-know data for the right recipient only, while the order is in the rule's disclosure window, every
 * disclosure in the ledger first (naming the rule's version), refusals counted into aggregate rows, and nothing released
 * when the ledger cannot record it.
 */
@QuarkusTest
class BrokerTest {

    static final String SWITCHED = "carrier-switched";

    @Inject
    MovableClock clock;

    String customer;
    String order;
    long mark;

    @BeforeEach
    void anOrderAssignedToCarrierAAndProcessorA() {
        Fixtures.registerRecipients();
        customer = Fixtures.unique("cust");
        order = Fixtures.orderId();
        UpstreamStubs.contact(customer);
        UpstreamStubs.order(order, customer, Fixtures.CARRIER_A, Fixtures.PROCESSOR);
        mark = Fixtures.ledgerPosition();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void theAssignedCarrierGetsTheDeliveryDataTheOrderWasPlacedWithAndTheLedgerHasItFirst() {
        Response response = given().get("/disclosures/orders/" + order + "/delivery").andReturn();
        response.then().statusCode(200)
                .body("purpose", equalTo("delivery"))
                .body("recipientId", equalTo(Fixtures.CARRIER_A))
                .body("legalBasis", equalTo("outsourcing"))
                .body("ruleVersion", equalTo(ruleVersion(RecipientKind.CARRIER, DisclosurePurpose.DELIVERY)))
                .body("order.orderId", equalTo(order))
                .body("order.trackingNumber", equalTo("TRK-" + order))
                .body("contact.name.family", equalTo(Fixtures.FAMILY))
                .body("contact.name.familyKana", equalTo("ヤマダ"))
                .body("contact.shippingAddress.line1", equalTo(Fixtures.LINE1))
                .body("contact.phone.number", equalTo(Fixtures.PHONE))
                .body("contact.billingAddress", nullValue())
                .body("contact.email", nullValue())
                .body("contact.customerId", nullValue())
                .body("order.paymentToken", nullValue())
                .body("dataItems", hasItems("user.name", "user.contact.address.shipping", "user.contact.phone_number"));
        assertFalse(response.asString().contains("unexpectedField"), "fields the broker does not know are never passed on");
        assertFalse(response.asString().contains("statusTimes"), "the order's status times are for the window only");

        LedgerEntry entry = LedgerEntry.findById(response.jsonPath().getLong("disclosureId"));
        assertEquals(LedgerOutcome.DISCLOSED, entry.outcome);
        assertEquals(Fixtures.CARRIER_A, entry.recipientId);
        assertEquals(RecipientKind.CARRIER, entry.recipientKind);
        assertEquals(customer, entry.subject);
        assertEquals("order:" + order, entry.reference);
        assertEquals("delivery", entry.purpose);
        assertEquals(LegalBasis.OUTSOURCING, entry.legalBasis);
        assertEquals("carrier-a-app", entry.actor);
        assertEquals(ruleVersion(RecipientKind.CARRIER, DisclosurePurpose.DELIVERY), entry.ruleVersion);
        assertNull(entry.attempts);
        assertTrue(entry.dataItems.containsAll(List.of("user.name", "user.contact.address.shipping", "user.contact.phone_number")));
        assertTrue(entry.dataItems.contains("user.behavior.purchase_history.shipment"));
        assertFalse(entry.dataItems.contains("user.unique_id"), "the customer id is not released, so not recorded");
        assertFalse(response.asString().contains(customer), "the customer id stays inside");
        assertFalse(entry.dataItems.toString().contains(Fixtures.FAMILY), "the ledger holds item names, never values");
        assertEquals(0, UpstreamStubs.contactRequestsFor(customer), "one upstream call: payment-service serves the whole grant");
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
                .body("contact.name.family", equalTo(Fixtures.FAMILY))
                .body("contact.name.familyKana", nullValue())
                .body("contact.shippingAddress", nullValue())
                .body("contact.phone", nullValue())
                .body("order.trackingNumber", nullValue());
        assertEquals(1, disclosed(Fixtures.PROCESSOR));
        LedgerEntry entry = LedgerEntry.find("recipientId = ?1 and reference = ?2", Fixtures.PROCESSOR, "order:" + order).firstResult();
        assertEquals(List.of("user.name", "user.contact.address.billing", "user.behavior.purchase_history.amount",
                "user.financial.credit_card.token"), entry.dataItems);
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void aCarrierSeesADeliveredOrderFourteenDaysForReturnsAndThenNotAtAll() {
        Instant now = Instant.now();
        String delivered = Fixtures.orderId();
        UpstreamStubs.order(delivered, customer, Fixtures.CARRIER_A, Fixtures.PROCESSOR, "delivered", Map.of(
                "placed", now.minus(Duration.ofDays(3)), "paid", now.minus(Duration.ofDays(3)),
                "shipped", now.minus(Duration.ofDays(2)), "delivered", now.minus(Duration.ofDays(1))));
        given().get("/disclosures/orders/" + delivered + "/delivery").then().statusCode(200);

        clock.moveBy(Duration.ofDays(12).plusHours(23));
        given().get("/disclosures/orders/" + delivered + "/delivery").then().statusCode(200);

        clock.moveBy(Duration.ofHours(2));
        Response late = given().get("/disclosures/orders/" + delivered + "/delivery").andReturn();
        ProblemAssertions.assertProblem(late, 404);
        late.then().body("detail", equalTo("No such order"));
        assertNoPersonalData(late);
        assertEquals(2, LedgerEntry.count("reference = ?1 and outcome = ?2", "order:" + delivered, LedgerOutcome.DISCLOSED));
        assertEquals(1, Fixtures.refusedAfter(mark, Fixtures.CARRIER_A, "outside-window"));
        LedgerEntry refusal = refusalRow(Fixtures.CARRIER_A, "outside-window");
        assertEquals(List.of(customer), refusal.subjects, "the refusal names whose order was asked for");
        assertEquals(ruleVersion(RecipientKind.CARRIER, DisclosurePurpose.DELIVERY), refusal.ruleVersion);
        assertTrue(refusal.reference.startsWith("refusals:"));
    }

    @Test
    @TestSecurity(user = "service-account-processor-a", roles = Roles.PAYMENT_PROCESSOR)
    @OidcSecurity(claims = @Claim(key = "azp", value = "processor-a-app"))
    void aProcessorSeesAnOrderFromPlacementUntilThirtyDaysAfterItSettledAndAgainForARefund() {
        Instant now = Instant.now();
        String placed = Fixtures.orderId();
        UpstreamStubs.order(placed, customer, Fixtures.CARRIER_A, Fixtures.PROCESSOR, "placed", Map.of("placed", now));
        given().get("/disclosures/orders/" + placed + "/payment").then().statusCode(200);

        String settled = Fixtures.orderId();
        UpstreamStubs.order(settled, customer, Fixtures.CARRIER_A, Fixtures.PROCESSOR, "delivered",
                Map.of("placed", now.minus(Duration.ofDays(40)), "delivered", now.minus(Duration.ofDays(31))));
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + settled + "/payment").andReturn(), 404);

        UpstreamStubs.order(settled, customer, Fixtures.CARRIER_A, Fixtures.PROCESSOR, "refunded",
                Map.of("placed", now.minus(Duration.ofDays(40)), "delivered", now.minus(Duration.ofDays(31)),
                        "refunded", now.minus(Duration.ofHours(1))));
        given().get("/disclosures/orders/" + settled + "/payment").then().statusCode(200);
        assertEquals(1, Fixtures.refusedAfter(mark, Fixtures.PROCESSOR, "outside-window"));
    }

    @Test
    @TestSecurity(user = "service-account-carrier-b", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-b-app"))
    void anotherCarriersOrderLooksMissingAndTheAttemptIsCounted() {
        Response response = given().get("/disclosures/orders/" + order + "/delivery").andReturn();
        ProblemAssertions.assertProblem(response, 404);
        assertNoPersonalData(response);
        assertEquals(1, Fixtures.refusedAfter(mark, Fixtures.CARRIER_B, "not-assigned"));
        assertEquals(List.of(customer), refusalRow(Fixtures.CARRIER_B, "not-assigned").subjects);
        assertEquals(0, disclosed(Fixtures.CARRIER_B));
    }

    @Test
    @TestSecurity(user = "service-account-carrier-switched", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-switched-app"))
    void aRecipientDeactivatedByAnApprovedProposalIsRefusedFromTheNextRequestOn() {
        // The broker keeps recipients in memory (RecipientDirectory): an approved change must reach it at once.
        Fixtures.register(SWITCHED, "carrier", true);
        ProposalService proposals = Arc.container().instance(ProposalService.class).get();
        setActive(proposals, true);
        String assigned = Fixtures.orderId();
        UpstreamStubs.order(assigned, customer, SWITCHED, Fixtures.PROCESSOR);
        given().get("/disclosures/orders/" + assigned + "/delivery").then().statusCode(200);

        setActive(proposals, false);
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + assigned + "/delivery").andReturn(), 403);
        assertEquals(1, Fixtures.refusedAfter(mark, SWITCHED, "inactive-recipient"));
    }

    /** Proposed by one officer, approved by another: the recipient becomes (in)active, unless it is already. */
    private static void setActive(ProposalService proposals, boolean active) {
        RecipientDto current = Arc.container().instance(RecipientService.class).get().find(SWITCHED).orElseThrow();
        if (current.active() == active) {
            return;
        }
        RecipientDto change = new RecipientDto(SWITCHED, current.name(), current.kind(), current.country(),
                current.transferMechanism(), current.contractReference(), current.provider(), current.oidcClientId(), active,
                current.version());
        long id = proposals.proposeRecipientChange(SWITCHED, change, "officer-kimura").orElseThrow().id();
        proposals.decide(id, "officer-ito", true, active ? "Reactivated" : "Client compromised");
    }

    @Test
    @TestSecurity(user = "service-account-carrier-inactive", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-inactive-app"))
    void anInactiveRecipientIsRefused() {
        Response response = given().get("/disclosures/orders/" + order + "/delivery").andReturn();
        ProblemAssertions.assertProblem(response, 403);
        assertNoPersonalData(response);
        assertEquals(1, Fixtures.refusedAfter(mark, Fixtures.CARRIER_INACTIVE, "inactive-recipient"));
        assertEquals(0, UpstreamStubs.requestsFor(order));
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void aCarrierHasNoRuleForPaymentData() {
        Response response = given().get("/disclosures/orders/" + order + "/payment").andReturn();
        ProblemAssertions.assertProblem(response, 403);
        assertNoPersonalData(response);
        assertEquals(1, Fixtures.refusedAfter(mark, Fixtures.CARRIER_A, "no-rule"));
    }

    @Test
    @TestSecurity(user = "service-account-analytics-z", roles = Roles.AFFILIATE)
    @OidcSecurity(claims = @Claim(key = "azp", value = "analytics-z-app"))
    void aRecipientKindWithoutAnyRuleGetsNothing() {
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + order + "/delivery").andReturn(), 403);
        assertEquals(1, Fixtures.refusedAfter(mark, Fixtures.ANALYTICS, "no-rule"));
    }

    @Test
    @TestSecurity(user = "service-account-stranger", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "not-registered-app"))
    void anUnregisteredClientIsRefusedAndCountedByItsClientId() {
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + order + "/delivery").andReturn(), 403);
        Fixtures.flushRefusals();
        LedgerEntry row = LedgerEntry.find("id > ?1 and actor = ?2 and refusal = ?3", mark, "not-registered-app",
                "unregistered-client").firstResult();
        assertEquals(1, row.attempts);
        assertNull(row.recipientId);
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void anUnknownOrderOrPurposeIs404() {
        String unknown = Fixtures.orderId();
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + unknown + "/delivery").andReturn(), 404);
        ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + order + "/marketing").andReturn(), 404);
        assertEquals(1, Fixtures.refusedAfter(mark, Fixtures.CARRIER_A, "unknown-order"));
        assertEquals(0, UpstreamStubs.requestsFor(order), "an unknown purpose asks nobody");
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void aMalformedOrderIdIs400WithoutAnyUpstreamCallAndIsCounted() {
        for (String malformed : List.of("a".repeat(40), order.toUpperCase(Locale.ROOT), "ord-1", order + "0", "１２３")) {
            Response response = given().get("/disclosures/orders/" + malformed + "/delivery").andReturn();
            ProblemAssertions.assertClientProblem(response);
            assertEquals(0, UpstreamStubs.requestsFor(malformed), "nothing asked upstream for " + malformed);
            response.then().body(not(containsString(malformed)));
        }
        assertTrue(Fixtures.refusedAfter(mark, Fixtures.CARRIER_A, "malformed-id") >= 5);
    }

    @Test
    @TestSecurity(user = "service-account-processor-a", roles = Roles.PAYMENT_PROCESSOR)
    @OidcSecurity(claims = @Claim(key = "azp", value = "processor-a-app"))
    void aClientErrorFromPaymentServiceIsNeverAnOutageSoTheBreakerStaysClosed() {
        for (int i = 0; i < 15; i++) {
            String rejected = Fixtures.orderId();
            UpstreamStubs.orderRejected(rejected);
            ProblemAssertions.assertProblem(given().get("/disclosures/orders/" + rejected + "/payment").andReturn(), 404);
            assertEquals(1, UpstreamStubs.requestsFor(rejected), "a 400 is not retried");
        }
        given().get("/disclosures/orders/" + order + "/payment").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "service-account-flood-carrier", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "flood-carrier-app"))
    void aFloodingClientIsLimitedWith429AndRetryAfterAndTheFloodIsCountedNotRecordedPerRequest() {
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 20; i++) {
            Response response = given().get("/disclosures/orders/" + "x".repeat(40) + "/delivery").andReturn();
            if (response.statusCode() == 429) {
                limited++;
                retryAfter = response.header("Retry-After");
                ProblemAssertions.assertProblem(response, 429);
            } else {
                ProblemAssertions.assertProblem(response, 400);
            }
        }
        assertTrue(limited >= 10, "the bucket of 6 empties: " + limited);
        assertTrue(Integer.parseInt(retryAfter) >= 1);
        long rowsBefore = LedgerEntry.count();
        assertEquals(20, Fixtures.refusedAfter(mark, Fixtures.FLOOD_CARRIER, "malformed-id")
                + Fixtures.refusedAfter(mark, Fixtures.FLOOD_CARRIER, "rate-limited"));
        assertTrue(LedgerEntry.count() - rowsBefore <= 2, "twenty refusals, at most two rows");
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
        assertEquals(ruleVersion(RecipientKind.STAFF, DisclosurePurpose.SUPPORT), entry.ruleVersion);
        assertEquals(1, UpstreamStubs.contactRequestsFor(customer, "staff"), "contact-service is told it reads for staff");
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
        assertEquals(1, Fixtures.refusedAfter(mark, Fixtures.STAFF_DESK, "unknown-customer"));
    }

    @Test
    @TestSecurity(user = "staff-sato", roles = Roles.STAFF)
    void staffCannotUseTheOrderEndpoints() {
        given().get("/disclosures/orders/" + order + "/delivery").then().statusCode(403);
    }

    private long disclosed(String recipientId) {
        return LedgerEntry.count("recipientId = ?1 and reference = ?2 and outcome = ?3", recipientId, "order:" + order,
                LedgerOutcome.DISCLOSED);
    }

    private LedgerEntry refusalRow(String recipientId, String refusal) {
        return LedgerEntry.find("id > ?1 and recipientId = ?2 and refusal = ?3 and attempts is not null order by id desc", mark,
                recipientId, refusal).firstResult();
    }

    private static int ruleVersion(RecipientKind kind, DisclosurePurpose purpose) {
        return DisclosureRule.findFor(kind, purpose).orElseThrow().version;
    }

    private static void assertNoPersonalData(Response response) {
        response.then().body(not(containsString(Fixtures.FAMILY))).body(not(containsString(Fixtures.LINE1)))
                .body(not(containsString(Fixtures.PHONE)));
        assertNull(response.jsonPath().get("contact"));
    }
}
