package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.service.OrderService;
import com.japanautoparts.kura.payment.service.PaymentSubjectData;
import com.japanautoparts.kura.testing.LegalHoldStub;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Erasure asks disclosure-service for legal holds first: held or unknown, nothing changes. */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@WithTestResource(value = LegalHoldStub.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
class LegalHoldErasureTest {

    @Inject
    OrderService orders;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    @Test
    void aHeldSubjectIsNotErasedAndTheAnswerSaysWhy() throws SQLException {
        String order = OrderFixtures.store(orders, json, clock, LegalHoldStub.HELD);
        long before = Database.ordersOf(dataSource, LegalHoldStub.HELD);

        given().post("/internal/subjects/" + LegalHoldStub.HELD + "/erase").then().statusCode(200)
                .body("keySet()", equalTo(Set.of("service", "outcome", "reason")))
                .body("service", equalTo("payment-service"))
                .body("outcome", equalTo("blocked-legal-hold"))
                .body("reason", equalTo(LegalHoldStub.HOLD_DESCRIPTION));

        assertEquals(before, Database.ordersOf(dataSource, LegalHoldStub.HELD));
        assertUntouched(order, LegalHoldStub.HELD);
    }

    @Test
    void holdsThatCannotBeReadAnswer503AndChangeNothing() throws SQLException {
        String order = OrderFixtures.store(orders, json, clock, LegalHoldStub.HOLDS_DOWN);
        long before = Database.ordersOf(dataSource, LegalHoldStub.HOLDS_DOWN);

        given().post("/internal/subjects/" + LegalHoldStub.HOLDS_DOWN + "/erase").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30");

        assertEquals(before, Database.ordersOf(dataSource, LegalHoldStub.HOLDS_DOWN));
        assertUntouched(order, LegalHoldStub.HOLDS_DOWN);
    }

    @Test
    void aSubjectWithoutHoldsIsPseudonymisedWithoutAReasonButWithWhatIsKept() throws SQLException {
        String customer = "customer-no-hold";
        OrderFixtures.store(orders, json, clock, customer);

        given().post("/internal/subjects/" + customer + "/erase").then().statusCode(200)
                .body("keySet()", equalTo(Set.of("service", "outcome", "retained")))
                .body("outcome", equalTo("pseudonymised"))
                .body("retained", hasSize(1))
                .body("retained[0].legalReason", equalTo(PaymentSubjectData.ORDERS_KEPT.legalReason()));
        assertEquals(0, Database.ordersOf(dataSource, customer));
    }

    private static void assertUntouched(String orderId, String customerId) {
        QuarkusTransaction.requiringNew().run(() -> {
            CustomerOrder order = CustomerOrder.findByPublicId(orderId).orElseThrow();
            assertEquals(customerId, order.customerId);
            assertEquals(OrderFixtures.TOKEN, order.paymentMethod.processorToken);
            assertEquals("4242", order.paymentMethod.last4);
            assertNull(order.pseudonymisedAt);
            assertNull(order.retainUntil);
        });
    }
}
