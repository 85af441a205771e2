package com.japanautoparts.kura.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.contact.api.AddressDto;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.EmailDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.api.PhoneDto;
import com.japanautoparts.kura.contact.domain.AddressType;
import com.japanautoparts.kura.contact.domain.ChangeReport;
import com.japanautoparts.kura.contact.domain.PhoneType;
import com.japanautoparts.kura.contact.api.AccessDto;
import com.japanautoparts.kura.contact.service.AccessLog;
import com.japanautoparts.kura.contact.service.ChangeReports;
import com.japanautoparts.kura.contact.service.ContactService;
import com.japanautoparts.kura.contact.service.ContactSubjectData;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Corrections and erasures are queued in the transaction that made them and reach disclosure-service (a stand-in here)
 * with the changed categories only, never a value; a refused send stays queued and goes later.
 */
@QuarkusTest
@WithTestResource(value = ChangeReportStub.class, scope = TestResourceScope.GLOBAL)
class ChangeReportTest {

    static final String CUSTOMER = "customer-change-reports";
    private static final AddressDto HOME = new AddressDto(AddressType.SHIPPING, "JP", "150-0001", "東京都", "渋谷区",
            "神宮前1-2-3", null);
    private static final AddressDto MOVED = new AddressDto(AddressType.SHIPPING, "JP", "100-0001", "東京都", "千代田区",
            "千代田1-1", null);

    @Inject
    ContactService contacts;

    @Inject
    ContactSubjectData subjectData;

    @Inject
    ChangeReports reports;

    @Inject
    ObjectMapper json;

    @Inject
    MovableClock clock;

    @Inject
    AccessLog accessLog;

    @BeforeEach
    void nothingQueued() {
        ChangeReportStub.reset();
        contacts.remove(CUSTOMER);
        QuarkusTransaction.requiringNew().run(() -> ChangeReport.deleteAll());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        ChangeReportStub.reset();
    }

    @Test
    void aCorrectedAddressIsReportedWithItsCategoryAloneAndNoValue() throws Exception {
        contacts.replace(CUSTOMER, contact(HOME, "hanako@example.jp"), "customer");
        assertEquals(0, reports.queued(), "a new customer has told nobody anything yet");

        contacts.replace(CUSTOMER, contact(MOVED, "hanako@example.jp"), "customer");
        assertEquals(1, reports.queued(ChangeReports.TO_DISCLOSURE));
        assertEquals(1, reports.queued(ChangeReports.TO_ORDERS), "the orders not yet shipped take the new address");
        assertEquals(2, reports.sendDue());
        assertEquals(0, reports.queued());

        JsonNode sent = json.readTree(ChangeReportStub.received().get(0).getBodyAsString());
        assertEquals(CUSTOMER, sent.get("subject").asText());
        assertEquals("correction", sent.get("kind").asText());
        assertEquals(List.of("user.contact.address.shipping"), items(sent));
        String body = ChangeReportStub.received().get(0).getBodyAsString();
        assertFalse(body.contains("千代田") || body.contains("100-0001"), "no value leaves with a report");
    }

    @Test
    void aChangeNoRecipientReceivedIsNotReported() {
        contacts.replace(CUSTOMER, contact(HOME, "hanako@example.jp"), "customer");
        ContactDto secondPhone = new ContactDto(new NameDto("山田", "花子", "ヤマダ", "ハナコ"), List.of(HOME),
                List.of(new PhoneDto(PhoneType.MOBILE, "+81 90-1234-5678"), new PhoneDto(PhoneType.HOME, "+81 3-1234-5678")),
                List.of(EmailDto.unverified("hanako@example.jp")));
        contacts.replace(CUSTOMER, secondPhone, "customer");
        assertEquals(0, reports.queued(), "a second phone is in no projection and no order snapshot");
    }

    @Test
    void aCorrectedAddressReachesPaymentServiceWithTodaysSnapshotFieldsAndIsLogged() throws Exception {
        contacts.replace(CUSTOMER, contact(HOME, "hanako@example.jp"), "customer");
        contacts.replace(CUSTOMER, contact(MOVED, "hanako@example.jp"), "customer");
        assertEquals(2, reports.sendDue());

        assertEquals(1, ChangeReportStub.receivedByOrders().size());
        assertEquals("/internal/customers/" + CUSTOMER + "/contact", ChangeReportStub.receivedByOrders().get(0).getUrl());
        JsonNode sent = json.readTree(ChangeReportStub.receivedByOrders().get(0).getBodyAsString());
        assertEquals("千代田1-1", sent.at("/shippingAddress/line1").asText(), "today's address, not the one corrected");
        assertEquals("100-0001", sent.at("/shippingAddress/postalCode").asText());
        assertEquals("山田", sent.at("/name/family").asText());
        assertEquals("ヤマダ", sent.at("/name/familyKana").asText());
        assertEquals("+81 90-1234-5678", sent.at("/phone/number").asText());
        assertTrue(sent.hasNonNull("asOf"));
        assertFalse(sent.toString().contains("hanako@example.jp"), "the email is no part of an order's snapshot");
        assertEquals(List.of("asOf", "name", "shippingAddress", "phone"), fieldNames(sent));

        accessLog.flush();
        List<AccessDto> log = accessLog.of(CUSTOMER);
        AccessDto passedOn = log.stream().filter(read -> "payment-service".equals(read.reader())).findFirst().orElseThrow();
        assertEquals("correction", passedOn.purpose());
        assertTrue(passedOn.dataItems().contains("user.contact.address.shipping"));
    }

    @Test
    void anEmailCorrectionDoesNotGoToPaymentService() {
        contacts.replace(CUSTOMER, contact(HOME, "hanako@example.jp"), "customer");
        contacts.replace(CUSTOMER, contact(HOME, "hanako@example.com"), "customer");
        assertEquals(1, reports.queued(ChangeReports.TO_DISCLOSURE));
        assertEquals(0, reports.queued(ChangeReports.TO_ORDERS), "an order keeps no email");
    }

    @Test
    void aCorrectionSurvivesPaymentServiceBeingDownAndGoesWhenItIsBack() throws Exception {
        contacts.replace(CUSTOMER, contact(HOME, "hanako@example.jp"), "customer");
        ChangeReportStub.ordersDown();
        contacts.replace(CUSTOMER, contact(MOVED, "hanako@example.jp"), "customer");

        assertEquals(1, reports.sendDue(), "disclosure-service took its report");
        assertEquals(1, reports.queued(ChangeReports.TO_ORDERS), "the refused correction stays queued");
        assertEquals(0, reports.sendDue(), "and waits before it is tried again");
        assertTrue(ChangeReportStub.receivedByOrders().size() >= 1, "payment-service was asked");

        ChangeReportStub.reset();
        clock.moveBy(java.time.Duration.ofSeconds(30));
        assertEquals(1, reports.sendDue());
        assertEquals(0, reports.queued());
        JsonNode sent = json.readTree(ChangeReportStub.receivedByOrders().get(0).getBodyAsString());
        assertEquals("千代田1-1", sent.at("/shippingAddress/line1").asText());
    }

    @Test
    void aCorrectionOfACustomerErasedBeforeItWentIsDroppedUnsent() {
        contacts.replace(CUSTOMER, contact(HOME, "hanako@example.jp"), "customer");
        contacts.replace(CUSTOMER, contact(MOVED, "hanako@example.jp"), "customer");
        subjectData.erase(CUSTOMER);

        assertEquals(3, reports.sendDue(), "the correction's report, the erasure's, and the correction with nothing left to pass on");
        assertEquals(0, reports.queued());
        assertEquals(0, ChangeReportStub.receivedByOrders().size(), "no data of an erased customer goes anywhere");
    }

    @Test
    void anErasureIsReportedWithEveryCategoryAndSurvivesAnOutage() throws Exception {
        contacts.replace(CUSTOMER, contact(HOME, "hanako@example.jp"), "customer");
        ChangeReportStub.down();
        subjectData.erase(CUSTOMER);

        assertEquals(0, reports.sendDue());
        assertEquals(1, reports.queued(), "a refused report stays queued");
        assertEquals(0, reports.sendDue(), "and waits before it is tried again");

        ChangeReportStub.reset();
        clock.moveBy(java.time.Duration.ofSeconds(30));
        assertEquals(1, reports.sendDue());
        assertEquals(0, reports.queued());
        JsonNode sent = json.readTree(ChangeReportStub.received().get(0).getBodyAsString());
        assertEquals("erasure", sent.get("kind").asText());
        assertTrue(items(sent).containsAll(List.of("user.name", "user.name.reading",
                "user.contact.address.shipping", "user.contact.phone_number", "user.contact.email")));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> items(JsonNode report) {
        List<String> items = new java.util.ArrayList<>();
        report.get("items").forEach(item -> items.add(item.asText()));
        return items;
    }

    private static ContactDto contact(AddressDto address, String email) {
        return new ContactDto(new NameDto("山田", "花子", "ヤマダ", "ハナコ"), List.of(address),
                List.of(new PhoneDto(PhoneType.MOBILE, "+81 90-1234-5678")), List.of(EmailDto.unverified(email)));
    }
}
