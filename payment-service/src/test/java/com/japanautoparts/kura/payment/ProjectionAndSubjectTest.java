package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.OrderStatus.Action;
import com.japanautoparts.kura.payment.service.OrderService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Need-to-know projections for disclosure-service, and the data-subject export and erasure hooks. */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
class ProjectionAndSubjectTest {

    static final String CUSTOMER = "customer-projection-subject";

    @Inject
    OrderService orders;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    private String shipped;
    private String placed;

    @BeforeEach
    void twoOrders() {
        orders.pseudonymise(CUSTOMER);
        placed = OrderFixtures.store(orders, json, clock, CUSTOMER);
        shipped = OrderFixtures.store(orders, json, clock, CUSTOMER);
        orders.transition(shipped, new OrderService.Transition(Action.PAY, null, null), "test");
        orders.transition(shipped, new OrderService.Transition(Action.SHIP, OrderFixtures.CARRIER, OrderFixtures.TRACKING), "test");
    }

    @Test
    @TestSecurity(user = "disclosure-service", roles = Roles.DISCLOSURE_BROKER)
    void projectionsReleaseOnlyWhatThePurposeNeeds() {
        given().get("/internal/orders/" + shipped + "/projections/delivery").then().statusCode(200)
                .body("orderId", equalTo(shipped))
                .body("customerId", equalTo(CUSTOMER))
                .body("itemsCount", equalTo(3))
                .body("carrierId", equalTo(OrderFixtures.CARRIER))
                .body("trackingNumber", equalTo(OrderFixtures.TRACKING))
                .body("dataItems", contains("user.unique_id", "user.behavior.purchase_history", "user.behavior.purchase_history.shipment"))
                .body("keySet()", equalTo(Set.of("orderId", "customerId", "itemsCount", "carrierId", "trackingNumber", "dataItems")));
        given().get("/internal/orders/" + shipped + "/projections/payment").then().statusCode(200)
                .body("orderId", equalTo(shipped))
                .body("customerId", equalTo(CUSTOMER))
                .body("processorId", equalTo(OrderFixtures.PROCESSOR))
                .body("paymentToken", equalTo(OrderFixtures.TOKEN))
                .body("amount", equalTo(27100))
                .body("currency", equalTo("JPY"))
                .body("keySet()", equalTo(Set.of("orderId", "customerId", "processorId", "paymentToken", "amount", "currency",
                        "dataItems")));
        given().get("/internal/orders/" + placed + "/projections/delivery").then().statusCode(200).body("carrierId", nullValue());
        given().get("/internal/orders/" + shipped + "/projections/marketing").then().statusCode(404);
        given().get("/internal/orders/00000000-0000-0000-0000-000000000000/projections/delivery").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/internal/orders/00000000-0000-0000-0000-000000000000/projections/payment").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void exportHoldsEveryOrderWithItsHistory() {
        given().get("/internal/subjects/" + CUSTOMER + "/export").then().statusCode(200)
                .body("service", equalTo("payment-service"))
                .body("customerId", equalTo(CUSTOMER))
                .body("orders", hasSize(2))
                .body("orders[0].order.orderId", equalTo(shipped))
                .body("orders[0].order.carrierId", equalTo(OrderFixtures.CARRIER))
                .body("orders[0].order.lines", hasSize(2))
                .body("orders[0].history.to", contains("placed", "paid", "shipped"))
                .body("orders[1].order.status", equalTo("placed"));
        given().get("/internal/subjects/nobody-at-all/export").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void erasurePseudonymisesKeepsTheBooksAndIsIdempotent() throws SQLException {
        for (int i = 0; i < 2; i++) {
            given().post("/internal/subjects/" + CUSTOMER + "/erase").then().statusCode(200)
                    .body("service", equalTo("payment-service"))
                    .body("customerId", equalTo(CUSTOMER))
                    .body("outcome", equalTo("pseudonymised"));
        }
        given().get("/internal/subjects/" + CUSTOMER + "/export").then().statusCode(404);
        assertEquals(0, Database.ordersOf(dataSource, CUSTOMER));

        List<String> cells = Database.allCells(dataSource);
        for (String cell : cells) {
            assertFalse(cell.contains(CUSTOMER), "the erased customer's id is still stored");
        }
        assertKeptForTheBooks(shipped);
        assertKeptForTheBooks(placed);
    }

    private static void assertKeptForTheBooks(String orderId) {
        QuarkusTransaction.requiringNew().run(() -> assertKeptForTheBooks(CustomerOrder.findByPublicId(orderId).orElseThrow()));
    }

    private static void assertKeptForTheBooks(CustomerOrder order) {
        assertTrue(order.customerId.startsWith("pseudonym-"));
        assertEquals(27100, order.totalMinor);
        assertEquals(2, order.lines.size());
        assertEquals(OrderFixtures.PROCESSOR, order.processorId);
        assertEquals(null, order.paymentMethod.processorToken);
        assertEquals(null, order.paymentMethod.last4);
        assertEquals(null, order.trackingNumber);
        assertEquals(order.pseudonymisedAt, order.completedAt, "an open order is completed by its erasure");
        assertEquals(order.completedAt.plus(Duration.ofDays(2557)), order.retainUntil, "kept 7 years after completion");
    }
}
