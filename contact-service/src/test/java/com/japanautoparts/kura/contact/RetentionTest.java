package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.domain.Customer;
import com.japanautoparts.kura.contact.service.AccessLog;
import com.japanautoparts.kura.contact.service.ContactRetentionPlan;
import com.japanautoparts.kura.contact.service.ContactService;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class RetentionTest {

    private static final String STALE = "customer-retention-stale";
    private static final ContactDto SOME_CONTACT = new ContactDto(new NameDto("Kept", "Briefly"), null, null, null);

    @Inject
    RetentionService retention;

    @Inject
    ContactRetentionPlan plan;

    @Inject
    ContactService contacts;

    @Inject
    MovableClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    AccessLog accessLog;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCategoriesKeepTheirNamesAndCalendarPeriods() {
        List<RetentionCategory> categories = plan.categories();
        assertEquals(List.of(ContactRetentionPlan.INACTIVE_CUSTOMERS, ContactRetentionPlan.CHANGE_HISTORY,
                ContactRetentionPlan.ACCESS_LOG), categories.stream().map(RetentionCategory::name).toList());
        assertEquals(Period.ofYears(3), categories.get(0).period(PurgeTrigger.SCHEDULE));
        assertEquals(Period.ofYears(3), categories.get(0).period(PurgeTrigger.STORAGE_PRESSURE),
                "storage pressure never shortens how long an active customer's data is kept");
        assertEquals(Period.ofYears(2), categories.get(1).period(PurgeTrigger.SCHEDULE));
        assertEquals(Period.ofDays(90), categories.get(1).period(PurgeTrigger.STORAGE_PRESSURE));
        assertEquals(Period.ofYears(2), categories.get(2).period(PurgeTrigger.SCHEDULE));
        assertEquals(Period.ofDays(90), categories.get(2).period(PurgeTrigger.STORAGE_PRESSURE));
    }

    @Test
    void inactiveCustomersExpireAfterThreeYearsAndDryRunEqualsThePurge() {
        contacts.replace(STALE, SOME_CONTACT, "test");
        Instant now = Instant.now();
        // Three calendar years, leap day and all: a day short of them nothing goes, a day past them it does.
        clock.moveBy(Duration.between(now, now.atZone(ZoneOffset.UTC).plusYears(3).toInstant()).minusDays(1));
        assertTrue(contacts.find(STALE).isPresent());
        assertEquals(0, retention.purge(PurgeTrigger.SCHEDULE, "test").get(0).count(), "nothing is older than 3 years yet");
        assertTrue(contacts.find(STALE).isPresent());

        clock.moveBy(Duration.ofDays(2));
        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        assertTrue(dryRun.get(0).count() >= 1);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, "test");

        assertEquals(dryRun.stream().map(DueCategory::count).toList(), purged.stream().map(DueCategory::count).toList(),
                "the dry run reports exactly what the purge deletes");
        assertFalse(contacts.find(STALE).isPresent());
        assertTrue(retention.purgeLog().stream().anyMatch(r -> r.category().equals(ContactRetentionPlan.INACTIVE_CUSTOMERS)
                && r.purgedCount() == purged.get(0).count()));
    }

    @Test
    void storagePressureShortensOnlyTheChangeHistoryPeriod() {
        String customer = "customer-retention-pressure";
        contacts.remove(customer);
        contacts.replace(customer, SOME_CONTACT, "test");
        clock.moveBy(Duration.ofDays(100));

        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertFalse(contacts.history(customer).orElseThrow().isEmpty(), "2-year history period not reached");

        retention.purge(PurgeTrigger.STORAGE_PRESSURE, "test");
        assertTrue(contacts.history(customer).orElseThrow().isEmpty(), "history older than 90 days goes under pressure");
        assertTrue(contacts.find(customer).isPresent(), "contact data of active customers is never touched");
    }

    @Test
    void theAccessLogGoesAfterTwoYearsAndAReadOfACustomerGoneMeanwhileAtOnce() {
        String customer = "customer-retention-reads";
        contacts.remove(customer);
        contacts.replace(customer, SOME_CONTACT, "test");
        AccessLog.Reader storefront = new AccessLog.Reader("storefront", null);
        accessLog.record(customer, storefront, AccessLog.CHECKOUT, List.of(DataCategory.NAME));
        accessLog.flush();
        Instant now = Instant.now();
        clock.moveBy(Duration.between(now, now.atZone(ZoneOffset.UTC).plusYears(2).toInstant()).minusDays(1));
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(1, accessLog.of(customer).size(), "a day short of two years the read is kept");
        clock.moveBy(Duration.ofDays(2));
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertTrue(accessLog.of(customer).isEmpty(), "two years and a day: gone");

        clock.reset();
        accessLog.record(customer, storefront, AccessLog.CHECKOUT, List.of(DataCategory.NAME));
        accessLog.flush();
        // The customer leaves by the inactivity purge (a delete of the customer row); the read of them does not stay behind.
        QuarkusTransaction.requiringNew().run(() -> Customer.delete("subject", customer));
        assertEquals(1, accessLog.of(customer).size());
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertTrue(accessLog.of(customer).isEmpty());
    }

    @Test
    void purgesOneHundredThousandExpiredRowsInBatches() throws SQLException {
        String customer = "customer-retention-bulk";
        contacts.remove(customer);
        contacts.replace(customer, SOME_CONTACT, "test");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into contact_change (id, customer_id, changed_at, actor, field, kind)
                        select nextval('contact_change_seq') * 50 + g, c.id, now() - interval '3 years', 'test', 'name.given', 'CHANGED'
                        from customer c, generate_series(1, 100000) g where c.subject = ?""")) {
            insert.setString(1, customer);
            assertEquals(100_000, insert.executeUpdate());
        }
        long started = System.nanoTime();
        DueCategory history = retention.purge(PurgeTrigger.SCHEDULE, "test").get(1);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Log.infof("Purged %d expired change-history rows in %d ms", history.count(), millis);

        assertTrue(history.count() >= 100_000);
        assertEquals(0, retention.dryRun(PurgeTrigger.SCHEDULE).get(1).count());
        assertTrue(contacts.find(customer).isPresent());
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void privacyOfficerSeesTheDryRunAndPurgeLog() {
        given().get("/internal/retention/dry-run").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"))
                .body("categories.category", hasItem(ContactRetentionPlan.CHANGE_HISTORY));
        given().post("/internal/retention/purge?trigger=storage-pressure").then().statusCode(200)
                .body("trigger", equalTo("STORAGE_PRESSURE"));
        given().get("/internal/retention/purges").then().statusCode(200)
                .body("actor", hasItem("kimura-privacy"));
        given().get("/internal/retention/dry-run?trigger=everything").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "customer-retention", roles = Roles.CUSTOMER)
    void customersCannotPurge() {
        given().get("/internal/retention/dry-run").then().statusCode(403);
        given().post("/internal/retention/purge").then().statusCode(403);
    }
}
