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
        assertEquals(1, reports.queued());
        assertEquals(1, reports.sendDue());
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
        assertEquals(0, reports.queued(), "a second phone is in no projection");
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
