package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.legalhold.LegalHoldsUnavailableException;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.service.ContactService;
import com.japanautoparts.kura.testing.LegalHoldStub;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A legal hold (owned by disclosure-service) stops both erasure and purge; without an answer nothing is deleted.
 * Every test class of this module asks for legal holds, so the stand-in is global: they all share one application.
 */
@QuarkusTest
@WithTestResource(value = LegalHoldStub.class, scope = TestResourceScope.GLOBAL)
class LegalHoldTest {

    static final String HELD = "customer-held";
    private static final String REASON = "Litigation JP-2026-117 keeps this data until the case ends";
    private static final ContactDto CONTACT = new ContactDto(new NameDto("Held", "Person"), null, null, null);

    @Inject
    ContactService contacts;

    @Inject
    RetentionService retention;

    @Inject
    MovableClock clock;

    @AfterEach
    void release() {
        LegalHoldStub.reset();
        clock.reset();
        contacts.remove(HELD);
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void erasureOfAHeldSubjectIsBlockedWithTheReason() {
        contacts.replace(HELD, CONTACT, "test");
        LegalHoldStub.hold(HELD, REASON);

        given().post("/internal/subjects/" + HELD + "/erase").then().statusCode(200)
                .body("service", equalTo("contact-service"))
                .body("outcome", equalTo("blocked-legal-hold"))
                .body("reason", equalTo(REASON))
                .body("$", not(hasKey("customerId")))
                .body("$", not(hasKey("retained")));
        assertTrue(contacts.find(HELD).isPresent());
    }

    @Test
    @TestSecurity(user = HELD, roles = Roles.CUSTOMER)
    void theCustomerIsToldWhyTheirDataStays() {
        contacts.replace(HELD, CONTACT, "test");
        LegalHoldStub.hold(HELD, REASON);

        given().delete("/contacts/me").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(REASON));
        given().get("/contacts/me").then().statusCode(200).body("name.family", equalTo("Held"));
        assertFalse(contacts.history(HELD).orElseThrow().isEmpty(), "the history stays with the data");
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void withoutAnAnswerAboutHoldsNothingIsErased() {
        contacts.replace(HELD, CONTACT, "test");
        LegalHoldStub.down();

        given().post("/internal/subjects/" + HELD + "/erase").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("30"));
        assertTrue(contacts.find(HELD).isPresent());
    }

    @Test
    @TestSecurity(user = HELD, roles = Roles.CUSTOMER)
    void withoutAnAnswerAboutHoldsTheCustomersOwnRemovalWaits() {
        contacts.replace(HELD, CONTACT, "test");
        LegalHoldStub.down();

        given().delete("/contacts/me").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("30"));
        assertTrue(contacts.find(HELD).isPresent());
    }

    @Test
    void aHeldSubjectOutlivesItsRetentionPeriodAndDryRunAgrees() {
        contacts.replace(HELD, CONTACT, "test");
        LegalHoldStub.hold(HELD, REASON);
        clock.moveBy(Duration.ofDays(4 * 365));

        long due = retention.dryRun(PurgeTrigger.SCHEDULE).get(0).count();
        long purged = retention.purge(PurgeTrigger.SCHEDULE, "test").get(0).count();

        assertEquals(due, purged);
        assertTrue(contacts.find(HELD).isPresent(), "held data is never purged");
        assertFalse(contacts.history(HELD).orElseThrow().isEmpty(), "nor its history");
    }

    @Test
    void withoutAnAnswerAboutHoldsNoPurgeRuns() {
        contacts.replace(HELD, CONTACT, "test");
        LegalHoldStub.down();
        clock.moveBy(Duration.ofDays(4 * 365));

        LegalHoldsUnavailableException refused = assertThrows(LegalHoldsUnavailableException.class,
                () -> retention.purge(PurgeTrigger.SCHEDULE, "test"));
        assertEquals(503, refused.status().getStatusCode());
        assertTrue(contacts.find(HELD).isPresent());
    }
}
