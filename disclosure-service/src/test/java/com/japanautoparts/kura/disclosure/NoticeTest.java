package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.ChangeReportDto;
import com.japanautoparts.kura.disclosure.api.NoticeDto;
import com.japanautoparts.kura.disclosure.api.ReportEntryDto;
import com.japanautoparts.kura.disclosure.domain.ChangeNotice;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LedgerOutcome;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.service.LedgerDraft;
import com.japanautoparts.kura.disclosure.service.LedgerService;
import com.japanautoparts.kura.disclosure.service.NoticeService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * Corrections and erasures passed on (GDPR Art. 19): a notice for every recipient the ledger shows received a changed item
 * for an order inside its window, with only those items; read, corrected values released through the ledger, and
 * acknowledged through the ledger; the officer sees what is unacknowledged, the customer who was told.
 */
@QuarkusTest
class NoticeTest {

    private static final String SHIPPING = "user.contact.address.shipping";
    private static final List<String> DELIVERY_ITEMS = List.of("user.name", SHIPPING, "user.contact.phone_number",
            "user.behavior.purchase_history", "user.behavior.purchase_history.shipment");
    private static final List<String> EVERY_CONTACT_ITEM = List.of("user.name", "user.name.reading", SHIPPING,
            "user.contact.address.billing", "user.contact.phone_number", "user.contact.email");

    @Inject
    LedgerService ledger;

    @Inject
    NoticeService notices;

    String customer;
    String order;

    @BeforeEach
    void carrierAAndTheProcessorReceivedAnOrder() {
        Fixtures.registerRecipients();
        customer = Fixtures.unique("noticed");
        order = Fixtures.orderId();
        received(customer, order);
    }

    @Test
    @TestSecurity(user = "service-account-contact-service", roles = Roles.CHANGE_REPORTER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "contact-service"))
    void aCorrectedAddressReachesOnlyTheCarrierThatReceivedItAndOnce() {
        String report = report(UUID.randomUUID().toString(), customer, "correction", List.of(SHIPPING));
        given().contentType(ContentType.JSON).body(report).post("/internal/disclosures/changes")
                .then().statusCode(200).body("notices", equalTo(1));
        given().contentType(ContentType.JSON).body(report).post("/internal/disclosures/changes")
                .then().statusCode(200).body("notices", equalTo(1));

        List<NoticeDto> carrierA = notices.pending(Fixtures.clientOf(Fixtures.CARRIER_A)).stream()
                .filter(n -> order.equals(n.orderId())).toList();
        assertEquals(1, carrierA.size(), "told once, however often the report came");
        assertEquals(List.of(SHIPPING), carrierA.get(0).dataItems());
        assertTrue(notices.pending(Fixtures.clientOf(Fixtures.CARRIER_B)).stream().noneMatch(n -> order.equals(n.orderId())),
                "a carrier that received nothing hears nothing");
        assertTrue(notices.pending(Fixtures.clientOf(Fixtures.PROCESSOR)).stream().noneMatch(n -> order.equals(n.orderId())),
                "the processor never received the shipping address");

        LedgerEntry row = QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry> find(
                "outcome = ?1 and subject = ?2", LedgerOutcome.NOTIFIED, customer).singleResult());
        assertEquals(Fixtures.CARRIER_A, row.recipientId);
        assertEquals("correction", row.reason);
        assertEquals(List.of(SHIPPING), row.dataItems);
        assertEquals("contact-service", row.actor);
        assertTrue(row.intact(), "the notice is a link of the hash chain");
    }

    @Test
    @TestSecurity(user = "service-account-contact-service", roles = Roles.CHANGE_REPORTER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "contact-service"))
    void anOrderTheCarrierPulledManyTimesGetsOneNotice() {
        List<LedgerDraft> pulls = IntStream.range(0, 400).mapToObj(i -> LedgerDraft.disclosed(
                Recipient.findById(Fixtures.CARRIER_A), customer, "order:" + order, DELIVERY_ITEMS, "delivery",
                LegalBasis.OUTSOURCING, null, null, Fixtures.clientOf(Fixtures.CARRIER_A), 1)).toList();
        QuarkusTransaction.requiringNew().run(() -> ledger.appendAll(pulls));

        given().contentType(ContentType.JSON).body(report(UUID.randomUUID().toString(), customer, "correction", List.of(SHIPPING)))
                .post("/internal/disclosures/changes").then().statusCode(200).body("notices", equalTo(1));
        assertEquals(1, notices.pending(Fixtures.clientOf(Fixtures.CARRIER_A)).stream()
                .filter(n -> order.equals(n.orderId())).count(), "one notice for the order, not one per pull");
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void theCarrierReadsTheCorrectionWithTodaysValueThroughTheLedgerAndAcknowledgesIt() {
        UpstreamStubs.contact(customer);
        notices.receive(new ChangeReportDto(UUID.randomUUID().toString(), customer, "correction", List.of(SHIPPING),
                Instant.now()), "contact-service");
        long id = given().get("/disclosures/notices").then().statusCode(200)
                .body("find { it.orderId == '" + order + "' }.kind", equalTo("correction"))
                .body(not(containsString(customer)))
                .extract().jsonPath().getLong("find { it.orderId == '" + order + "' }.id");

        given().get("/disclosures/notices/" + id).then().statusCode(200)
                .body("corrected.shippingAddress.line1", equalTo(Fixtures.LINE1))
                .body("corrected.name", nullValue())
                .body("corrected.phone", nullValue())
                .body("disclosureId", notNullValue());
        assertEquals(1, UpstreamStubs.contactRequestsFor(customer, "notice:" + id));

        given().post("/disclosures/notices/" + id + "/acknowledge").then().statusCode(200).body("acknowledgedAt", notNullValue());
        given().post("/disclosures/notices/" + id + "/acknowledge").then().statusCode(200);
        given().get("/disclosures/notices").then().statusCode(200).body("orderId", not(hasItem(order)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> LedgerEntry.count(
                "outcome = ?1 and subject = ?2", LedgerOutcome.ACKNOWLEDGED, customer)), "acknowledged once, in the ledger");

        List<ReportEntryDto> report = QuarkusTransaction.requiringNew().call(() -> ledger.reportFor(customer));
        ReportEntryDto delivery = report.stream().filter(e -> e.notices() != null).findFirst().orElseThrow();
        assertEquals("Recipient " + Fixtures.CARRIER_A, delivery.recipientName());
        assertEquals("correction", delivery.notices().get(0).kind());
        assertNotNull(delivery.notices().get(0).acknowledgedAt());
        assertEquals("order:" + order, delivery.reference());
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "carrier-a-app"))
    void anErasureNoticeTellsEveryoneWhoReceivedAnythingAndCarriesNoValue() {
        int told = notices.receive(new ChangeReportDto(UUID.randomUUID().toString(), customer, "erasure", EVERY_CONTACT_ITEM,
                Instant.now()), "contact-service");
        assertEquals(2, told, "the carrier and the processor");
        long id = QuarkusTransaction.requiringNew().call(() -> ChangeNotice.<ChangeNotice> find("subject = ?1 and recipientId = ?2",
                customer, Fixtures.CARRIER_A).singleResult().id);
        given().get("/disclosures/notices/" + id).then().statusCode(200)
                .body("kind", equalTo("erasure"))
                .body("dataItems", equalTo(List.of("user.name", SHIPPING, "user.contact.phone_number")))
                .body("instruction", containsString("erase what you hold about this order"))
                .body("corrected", nullValue());
        assertEquals(0, UpstreamStubs.contactRequestsFor(customer), "an erasure notice reads nothing");

        long processors = QuarkusTransaction.requiringNew().call(() -> ChangeNotice.<ChangeNotice> find(
                "subject = ?1 and recipientId = ?2", customer, Fixtures.PROCESSOR).singleResult().id);
        given().get("/disclosures/notices/" + processors).then().statusCode(404).contentType("application/problem+json");
        given().post("/disclosures/notices/" + processors + "/acknowledge").then().statusCode(404);
        given().get("/disclosures/notices/not-a-number").then().statusCode(404);
    }

    @Test
    void afterTheWindowClosedNobodyIsToldOfACorrectionButStillOfAnErasure() {
        String late = Fixtures.unique("late");
        String delivered = Fixtures.orderId();
        Instant now = Instant.now();
        received(late, delivered);
        UpstreamStubs.order(delivered, late, Fixtures.CARRIER_A, Fixtures.PROCESSOR, "delivered", Map.of(
                "placed", now.minus(Duration.ofDays(60)), "paid", now.minus(Duration.ofDays(60)),
                "shipped", now.minus(Duration.ofDays(59)), "delivered", now.minus(Duration.ofDays(58))));
        assertEquals(0, notices.receive(new ChangeReportDto(UUID.randomUUID().toString(), late, "correction",
                List.of(SHIPPING), now), "contact-service"));
    }

    /** An order keeps the contact data it was placed with: one placed after the change carried the new data already. */
    @Test
    void anOrderPlacedAfterTheChangeIsNotToldOfIt() {
        String mover = Fixtures.unique("mover");
        String placedAfter = Fixtures.orderId();
        Instant now = Instant.now();
        received(mover, placedAfter);
        UpstreamStubs.order(placedAfter, mover, Fixtures.CARRIER_A, Fixtures.PROCESSOR, "shipped", Map.of(
                "placed", now.minus(Duration.ofMinutes(30)), "paid", now.minus(Duration.ofMinutes(30)),
                "shipped", now.minus(Duration.ofMinutes(10))));
        assertEquals(0, notices.receive(new ChangeReportDto(UUID.randomUUID().toString(), mover, "correction",
                List.of(SHIPPING), now.minus(Duration.ofHours(1))), "contact-service"));
        assertEquals(1, notices.receive(new ChangeReportDto(UUID.randomUUID().toString(), mover, "correction",
                List.of(SHIPPING), now.minus(Duration.ofMinutes(20))), "contact-service"),
                "a change after the order was placed reaches its carrier");
    }

    @Test
    void whenPaymentServiceIsDownNothingIsRecordedAndTheReportCanComeAgain() {
        UpstreamStubs.orderFails(order);
        ChangeReportDto report = new ChangeReportDto(UUID.randomUUID().toString(), customer, "correction", List.of(SHIPPING),
                Instant.now());
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> notices.receive(report, "contact-service"));
        assertTrue(refused.getMessage() == null || !refused.getMessage().contains(customer));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ChangeNotice.count("subject", customer)));

        UpstreamStubs.order(order, customer, Fixtures.CARRIER_A, Fixtures.PROCESSOR);
        assertEquals(1, notices.receive(report, "contact-service"));
    }

    @Test
    @TestSecurity(user = "officer-1", roles = Roles.PRIVACY_OFFICER)
    void theOfficerSeesUnacknowledgedNotices() {
        notices.receive(new ChangeReportDto(UUID.randomUUID().toString(), customer, "correction", List.of(SHIPPING),
                Instant.now()), "contact-service");
        given().get("/disclosures/notices/unacknowledged?limit=1000").then().statusCode(200)
                .body("findAll { it.subject == '" + customer + "' }", hasSize(1))
                .body("find { it.subject == '" + customer + "' }.recipientId", equalTo(Fixtures.CARRIER_A));
        given().get("/disclosures/notices/unacknowledged?limit=0").then().statusCode(400).contentType("application/problem+json");
        given().get("/disclosures/notices").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "service-account-contact-service", roles = Roles.CHANGE_REPORTER)
    @OidcSecurity(claims = @Claim(key = "azp", value = "contact-service"))
    void badReportsAreRefusedWithAProblemAndRecordNothing() {
        for (String bad : List.of(
                report("not-a-uuid", customer, "correction", List.of(SHIPPING)),
                report(UUID.randomUUID().toString(), customer, "rename", List.of(SHIPPING)),
                report(UUID.randomUUID().toString(), customer, "correction", List.of()),
                report(UUID.randomUUID().toString(), "bad id with spaces", "correction", List.of(SHIPPING)),
                report(UUID.randomUUID().toString(), customer, "correction", List.of("Not A Key")),
                "{\"eventId\": 42}", "[]", "not json")) {
            given().contentType(ContentType.JSON).body(bad).post("/internal/disclosures/changes")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> ChangeNotice.count("subject", customer)));
        given().get("/disclosures/notices").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "customer-x", roles = Roles.CUSTOMER)
    void customersAndOthersCannotReportOrReadNotices() {
        given().contentType(ContentType.JSON).body(report(UUID.randomUUID().toString(), customer, "erasure", List.of(SHIPPING)))
                .post("/internal/disclosures/changes").then().statusCode(403);
        given().get("/disclosures/notices/unacknowledged").then().statusCode(403);
        given().get("/disclosures/notices").then().statusCode(403);
    }

    /** carrier-a received the delivery data of the order, the processor the payment data; the order was shipped a day ago. */
    private void received(String subject, String orderId) {
        UpstreamStubs.order(orderId, subject, Fixtures.CARRIER_A, Fixtures.PROCESSOR);
        QuarkusTransaction.requiringNew().run(() -> {
            ledger.append(LedgerDraft.disclosed(Recipient.findById(Fixtures.CARRIER_A), subject, "order:" + orderId,
                    DELIVERY_ITEMS, "delivery", LegalBasis.OUTSOURCING, null, null, Fixtures.clientOf(Fixtures.CARRIER_A), 1));
            ledger.append(LedgerDraft.disclosed(Recipient.findById(Fixtures.PROCESSOR), subject, "order:" + orderId,
                    List.of("user.name", "user.contact.address.billing", "user.behavior.purchase_history.amount"), "payment",
                    LegalBasis.OUTSOURCING, null, null, Fixtures.clientOf(Fixtures.PROCESSOR), 1));
        });
    }

    private static String report(String eventId, String subject, String kind, List<String> items) {
        return """
                {"eventId": "%s", "subject": "%s", "kind": "%s", "items": [%s], "changedAt": "%s"}"""
                .formatted(eventId, subject, kind, String.join(", ", items.stream().map(i -> "\"" + i + "\"").toList()), Instant.now());
    }
}
