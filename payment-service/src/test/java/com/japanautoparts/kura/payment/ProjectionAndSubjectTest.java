package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.api.TransitionDto;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.service.OrderService;
import com.japanautoparts.kura.payment.service.PaymentSubjectData;

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
    PaymentSubjectData subjects;

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
        subjects.erase(CUSTOMER);
        placed = OrderFixtures.store(orders, json, clock, CUSTOMER);
        shipped = OrderFixtures.store(orders, json, clock, CUSTOMER);
        orders.transition(shipped, new TransitionDto("pay", null, null), "test");
        orders.transition(shipped, new TransitionDto("ship", OrderFixtures.CARRIER, OrderFixtures.TRACKING), "test");
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
                .body("name.family", equalTo(OrderFixtures.FAMILY))
                .body("shippingAddress.line1", equalTo(OrderFixtures.SHIPPING_LINE1))
                .body("phone.number", equalTo(OrderFixtures.PHONE))
                .body("status", equalTo("shipped"))
                .body("statusTimes.keySet()", equalTo(Set.of("placed", "paid", "shipped")))
                .body("dataItems", contains("user.name", "user.contact.address.shipping", "user.contact.phone_number",
                        "user.behavior.purchase_history", "user.behavior.purchase_history.shipment"))
                .body("keySet()", equalTo(Set.of("orderId", "customerId", "status", "statusTimes", "itemsCount", "carrierId",
                        "trackingNumber", "name", "shippingAddress", "phone", "dataItems")));
        given().get("/internal/orders/" + shipped + "/projections/payment").then().statusCode(200)
                .body("orderId", equalTo(shipped))
                .body("customerId", equalTo(CUSTOMER))
                .body("processorId", equalTo(OrderFixtures.PROCESSOR))
                .body("paymentToken", equalTo(OrderFixtures.TOKEN))
                .body("amount", equalTo(27100))
                .body("currency", equalTo("JPY"))
                .body("billingAddress.line1", equalTo(OrderFixtures.BILLING_LINE1))
                .body("dataItems", contains("user.name", "user.contact.address.billing", "user.behavior.purchase_history.amount",
                        "user.financial.credit_card.token"))
                .body("keySet()", equalTo(Set.of("orderId", "customerId", "status", "statusTimes", "processorId", "paymentToken",
                        "amount", "currency", "name", "billingAddress", "dataItems")));
        given().get("/internal/orders/" + placed + "/projections/delivery").then().statusCode(200)
                .body("carrierId", nullValue())
                .body("status", equalTo("placed"))
                .body("statusTimes.keySet()", equalTo(Set.of("placed")))
                .body("dataItems", contains("user.name", "user.contact.address.shipping", "user.contact.phone_number",
                        "user.behavior.purchase_history"));
        given().get("/internal/orders/" + shipped + "/projections/marketing").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/internal/orders/" + shipped + "/projections/support").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/internal/orders/00000000-0000-0000-0000-000000000000/projections/delivery").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/internal/orders/00000000-0000-0000-0000-000000000000/projections/payment").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "disclosure-service", roles = Roles.DISCLOSURE_BROKER)
    void aPseudonymisedOrderReleasesNoTokenNorContactDataAndSaysSo() {
        subjects.erase(CUSTOMER);
        given().get("/internal/orders/" + shipped + "/projections/payment").then().statusCode(200)
                .body("customerId", not(equalTo(CUSTOMER)))
                .body("processorId", equalTo(OrderFixtures.PROCESSOR))
                .body("paymentToken", nullValue())
                .body("name", nullValue())
                .body("billingAddress", nullValue())
                .body("dataItems", contains("user.behavior.purchase_history.amount"));
        given().get("/internal/orders/" + shipped + "/projections/delivery").then().statusCode(200)
                .body("trackingNumber", nullValue())
                .body("shippingAddress", nullValue())
                .body("phone", nullValue())
                .body("dataItems", contains("user.behavior.purchase_history", "user.behavior.purchase_history.shipment"));
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void exportHoldsEveryOrderWithItsHistoryAndSaysOnceWhatTheyShare() {
        given().get("/internal/subjects/" + CUSTOMER + "/export").then().statusCode(200)
                .body("service", equalTo("payment-service"))
                .body("customerId", equalTo(CUSTOMER))
                .body("orders", hasSize(2))
                .body("orders[0].order.orderId", equalTo(shipped))
                .body("orders[0].order.carrierId", equalTo(OrderFixtures.CARRIER))
                .body("orders[0].order.lines", hasSize(2))
                .body("orders[0].order.processorId", equalTo(OrderFixtures.PROCESSOR))
                .body("orders[0].history.to", contains("placed", "paid", "shipped"))
                .body("orders[1].order.status", equalTo("placed"))
                // Said once for the whole export, not with each order: the customer, the processor, the contact data.
                .body("orders.order.customerId", everyItem(nullValue()))
                .body("orders.order.paymentMethod.processorId", everyItem(nullValue()))
                .body("orders.contactAtPlacement", everyItem(nullValue()))
                .body("contactsAtPlacement", hasSize(1))
                .body("contactsAtPlacement[0].contact.shippingAddress.line1", equalTo(OrderFixtures.SHIPPING_LINE1))
                .body("contactsAtPlacement[0].contact.phone.number", equalTo(OrderFixtures.PHONE))
                .body("contactsAtPlacement[0].orders", containsInAnyOrder(shipped, placed));
        given().get("/internal/subjects/nobody-at-all/export").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void erasurePseudonymisesKeepsTheBooksAndSaysWhyAndIsIdempotent() throws SQLException {
        given().post("/internal/subjects/" + CUSTOMER + "/erase").then().statusCode(200)
                .body("keySet()", equalTo(Set.of("service", "outcome", "retained")))
                .body("service", equalTo("payment-service"))
                .body("outcome", equalTo("pseudonymised"))
                .body("retained", hasSize(1))
                .body("retained[0].what", equalTo(PaymentSubjectData.ORDERS_KEPT.what()))
                .body("retained[0].legalReason", equalTo(PaymentSubjectData.ORDERS_KEPT.legalReason()));
        // Nothing is linked to the subject any more: a repeated call changes nothing and finds nothing held.
        given().post("/internal/subjects/" + CUSTOMER + "/erase").then().statusCode(200)
                .body("keySet()", equalTo(Set.of("service", "outcome")))
                .body("outcome", equalTo("nothing-held"));
        given().get("/internal/subjects/" + CUSTOMER + "/export").then().statusCode(404);
        assertEquals(0, Database.ordersOf(dataSource, CUSTOMER));

        List<String> cells = Database.allCells(dataSource);
        for (String cell : cells) {
            assertFalse(cell.contains(CUSTOMER), "the erased customer's id is still stored");
        }
        assertKeptForTheBooks(shipped);
        assertKeptForTheBooks(placed);
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void aSubjectWithoutOrdersHasNothingHeld() {
        given().post("/internal/subjects/nobody-at-all/erase").then().statusCode(200)
                .body("keySet()", equalTo(Set.of("service", "outcome")))
                .body("service", equalTo("payment-service"))
                .body("outcome", equalTo("nothing-held"));
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
        assertEquals(null, order.contactSnapshot, "the contact data kept for the carrier and processor goes");
        assertEquals(order.pseudonymisedAt, order.completedAt, "an open order is completed by its erasure");
        assertEquals(order.completedAt.atZone(ZoneOffset.UTC).plus(Period.ofYears(7)).toInstant(), order.retainUntil,
                "kept 7 years after completion");
    }
}
