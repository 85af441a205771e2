package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.legalhold.LegalHoldsUnavailableException;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.api.TransitionDto;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.domain.OrderStatus.Action;
import com.japanautoparts.kura.payment.service.OrderService;
import com.japanautoparts.kura.payment.service.PaymentRetentionPlan;
import com.japanautoparts.kura.payment.service.PaymentSubjectData;
import com.japanautoparts.kura.testing.LegalHoldStub;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Orders kept 7 years after completion (storage pressure or not), then purged in batches through kura-common's
 * retention service; never those of a held subject, never blindly.
 */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@WithTestResource(value = LegalHoldStub.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {

    /** Seven calendar years from now (leap days and all), as far as the clock must move. */
    private static final Duration SEVEN_YEARS = sevenCalendarYears();

    @Inject
    RetentionService retention;

    @Inject
    OrderService orders;

    @Inject
    PaymentSubjectData subjects;

    @Inject
    ObjectMapper json;

    @Inject
    MovableClock clock;

    @Inject
    DataSource dataSource;

    @AfterEach
    void restore() {
        clock.reset();
        LegalHoldStub.reset();
    }

    @Test
    void completedOrdersGoSevenYearsLaterWithLinesAndHistoryAndTheDryRunEqualsThePurge() throws SQLException {
        String delivered = completed("customer-retention-delivered", Action.PAY, Action.SHIP, Action.DELIVER);
        String cancelled = completed("customer-retention-cancelled", Action.CANCEL);
        String refunded = completed("customer-retention-refunded", Action.PAY, Action.REFUND);
        String open = OrderFixtures.store(orders, json, clock, "customer-retention-open");
        long deliveredId = internalId(delivered);

        clock.moveBy(SEVEN_YEARS.minusDays(1));
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        retention.purge(PurgeTrigger.STORAGE_PRESSURE, "test");
        for (String kept : List.of(delivered, cancelled, refunded, open)) {
            assertTrue(exists(kept), "a day short of 7 years after completion the order is still kept, even under storage pressure");
        }

        clock.moveBy(Duration.ofDays(2));
        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        assertTrue(dryRun.get(0).count() >= 3);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, "test");

        assertEquals(dryRun.stream().map(DueCategory::count).toList(), purged.stream().map(DueCategory::count).toList(),
                "the dry run reports exactly what the purge deletes (in batches of 2 here)");
        for (String gone : List.of(delivered, cancelled, refunded)) {
            assertTrue(!exists(gone), "7 years and a day after completion the order is gone");
        }
        assertTrue(exists(open), "an open order has not started its retention period");
        assertEquals(0, Database.number(dataSource, "select count(*) from order_line where order_id = ?", deliveredId));
        assertEquals(0, Database.number(dataSource, "select count(*) from order_event where order_id = ?", deliveredId));
        assertEquals(0, retention.dryRun(PurgeTrigger.SCHEDULE).get(0).count());
        assertTrue(retention.purgeLog().stream().anyMatch(r -> r.category().equals(PaymentRetentionPlan.COMPLETED_ORDERS)
                && r.purgedCount() == purged.get(0).count() && r.trigger() == PurgeTrigger.SCHEDULE && r.actor().equals("test")));
    }

    @Test
    void pseudonymisedOrdersFollowTheSevenYearRuleFromTheirErasure() {
        String customer = "customer-retention-erased";
        String order = OrderFixtures.store(orders, json, clock, customer);
        subjects.erase(customer);

        clock.moveBy(SEVEN_YEARS.minusDays(1));
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertTrue(exists(order));
        clock.moveBy(Duration.ofDays(2));
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertTrue(!exists(order));
    }

    @Test
    void aHeldSubjectsOrdersAreNeverPurged() {
        String held = completed(LegalHoldStub.HELD, Action.CANCEL);
        String free = completed("customer-retention-free", Action.CANCEL);

        clock.moveBy(SEVEN_YEARS.plusDays(30));
        retention.purge(PurgeTrigger.SCHEDULE, "test");

        assertTrue(exists(held), "a subject under a legal hold keeps every order");
        assertTrue(!exists(free));
    }

    @Test
    void withoutTheLegalHoldsNothingIsPurgedOrRecorded() {
        String order = completed("customer-retention-blind", Action.CANCEL);
        clock.moveBy(SEVEN_YEARS.plusDays(1));
        long logged = retention.purgeLog().size();
        LegalHoldStub.down();

        assertThrows(LegalHoldsUnavailableException.class, () -> retention.purge(PurgeTrigger.SCHEDULE, "test"));

        assertTrue(exists(order), "never purge blindly");
        assertEquals(logged, retention.purgeLog().size(), "a skipped run records nothing purged");
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void privacyOfficerSeesTheDryRunPurgesAndReadsThePurgeLog() {
        given().get("/internal/retention/dry-run").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"))
                .body("categories[0].category", equalTo(PaymentRetentionPlan.COMPLETED_ORDERS))
                .body("categories[0].cutoff", notNullValue());
        given().post("/internal/retention/purge?trigger=schedule").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"));
        given().post("/internal/retention/purge").then().statusCode(200)
                .body("trigger", equalTo("STORAGE_PRESSURE"));
        given().get("/internal/retention/purges").then().statusCode(200)
                .body("actor", hasItem("kimura-privacy"));

        LegalHoldStub.down();
        given().post("/internal/retention/purge?trigger=schedule").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "30");
        given().get("/internal/retention/dry-run").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void anUnknownTriggerIsABadRequest() {
        for (String trigger : List.of("everything", "SCHEDULE;drop", "1", "storage_pressure")) {
            given().queryParam("trigger", trigger).get("/internal/retention/dry-run").then().statusCode(400)
                    .contentType("application/problem+json");
            given().queryParam("trigger", trigger).post("/internal/retention/purge").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    @TestSecurity(user = "customer-retention", roles = Roles.CUSTOMER)
    void customersCannotSeeOrPurge() {
        assertForbidden();
    }

    @Test
    @TestSecurity(user = "gateway", roles = { Roles.DSR_COORDINATOR, Roles.STOREFRONT, Roles.DISCLOSURE_BROKER })
    void otherServicesCannotSeeOrPurge() {
        assertForbidden();
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        given().get("/internal/retention/dry-run").then().statusCode(401);
        given().post("/internal/retention/purge").then().statusCode(401);
        given().get("/internal/retention/purges").then().statusCode(401);
    }

    private static void assertForbidden() {
        given().get("/internal/retention/dry-run").then().statusCode(403);
        given().post("/internal/retention/purge").then().statusCode(403);
        given().get("/internal/retention/purges").then().statusCode(403);
    }

    private String completed(String customerId, Action... actions) {
        String order = OrderFixtures.store(orders, json, clock, customerId);
        for (Action action : actions) {
            boolean ship = action == Action.SHIP;
            orders.transition(order, new TransitionDto(action.key(), ship ? OrderFixtures.CARRIER : null,
                    ship ? OrderFixtures.TRACKING : null), "test");
        }
        return order;
    }

    private static Duration sevenCalendarYears() {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        return Duration.between(now, now.plusYears(7));
    }

    private static boolean exists(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> CustomerOrder.findByPublicId(orderId).isPresent());
    }

    private static long internalId(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> CustomerOrder.findByPublicId(orderId).orElseThrow().id);
    }
}
