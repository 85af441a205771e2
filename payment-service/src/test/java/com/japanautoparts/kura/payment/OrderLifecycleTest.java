package com.japanautoparts.kura.payment;

import static com.japanautoparts.kura.payment.OrderFixtures.action;
import static com.japanautoparts.kura.payment.OrderFixtures.move;
import static com.japanautoparts.kura.payment.OrderFixtures.place;
import static com.japanautoparts.kura.payment.OrderFixtures.ship;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Placing orders (totals, currencies, shipping address) and moving them through their lifecycle. */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class OrderLifecycleTest {

    static final String CUSTOMER = "customer-lifecycle";
    private static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    @Inject
    DataSource dataSource;

    @Test
    void placesAnOrderWithTotalsComputedInYen() {
        String orderId = given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(CUSTOMER)).post("/orders")
                .then().statusCode(201)
                .body("orderId", matchesPattern(UUID))
                .body("status", equalTo("placed"))
                .body("currency", equalTo("JPY"))
                .body("lines.lineTotal", contains(25600, 1500))
                .body("total", equalTo(27100))
                .body("itemsCount", equalTo(3))
                .body("processorId", equalTo(OrderFixtures.PROCESSOR))
                .body("paymentMethod.processorToken", equalTo(OrderFixtures.TOKEN))
                .body("paymentMethod.last4", equalTo("4242"))
                .body("lines[1].name", equalTo("オイルフィルター"))
                .body("carrierId", nullValue())
                .extract().path("orderId");

        given().get("/orders/" + orderId).then().statusCode(200).body("total", equalTo(27100)).body("customerId", equalTo(CUSTOMER));
        given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(CUSTOMER)).post("/orders")
                .then().statusCode(201).header("Location", matchesPattern(".*/orders/[0-9a-f-]{36}$"));
    }

    @Test
    void currenciesWithMinorUnitsKeepTheirCents() {
        given().contentType(ContentType.JSON).body(OrderFixtures.order(CUSTOMER, "USD", "12.34", "0.99", 2030)).post("/orders")
                .then().statusCode(201)
                .body("lines.lineTotal", contains(24.68f, 0.99f))
                .body("total", equalTo(25.67f));
        // A trailing zero within the currency's precision is fine.
        given().contentType(ContentType.JSON).body(OrderFixtures.order(CUSTOMER, "JPY", "12800.0", "1500", 2030)).post("/orders")
                .then().statusCode(201).body("total", equalTo(27100));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({ "JPY,12800.5,1500", "USD,12.345,1", "XYZ,1,1", "XAU,1,1" })
    void refusesPricesTheCurrencyCannotHold(String currency, String padPrice, String filterPrice) throws SQLException {
        long before = Database.ordersOf(dataSource, CUSTOMER + "-money");
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON)
                .body(OrderFixtures.order(CUSTOMER + "-money", currency, padPrice, filterPrice, 2030)).post("/orders").andReturn(), 400);
        assertEquals(before, Database.ordersOf(dataSource, CUSTOMER + "-money"));
    }

    @Test
    void anExpiredPaymentMethodIsRefused() {
        given().contentType(ContentType.JSON).body(OrderFixtures.order(CUSTOMER, "JPY", "1", "1", 2020)).post("/orders")
                .then().statusCode(422).body("detail", containsString("expired"));
    }

    @Test
    void anOrderNeedsAShippingAddress() throws SQLException {
        for (String customer : new String[] { ContactServiceStub.NO_ADDRESS, ContactServiceStub.NO_PROFILE }) {
            given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(customer)).post("/orders")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("detail", equalTo("a shipping address is needed to place an order"));
            assertEquals(0, Database.ordersOf(dataSource, customer));
        }
    }

    @Test
    void walksTheHappyPathAndRecordsTheCarrier() {
        String orderId = place(CUSTOMER);
        move(orderId, action("pay"), 200);
        given().contentType(ContentType.JSON).body(ship()).post("/orders/" + orderId + "/transitions")
                .then().statusCode(200)
                .body("status", equalTo("shipped"))
                .body("carrierId", equalTo(OrderFixtures.CARRIER))
                .body("trackingNumber", equalTo(OrderFixtures.TRACKING));
        move(orderId, action("deliver"), 200);
        given().get("/orders/" + orderId).then().statusCode(200).body("status", equalTo("delivered"));
        move(orderId, action("refund"), 200);
        given().get("/orders/" + orderId).then().statusCode(200).body("status", equalTo("refunded"))
                .body("carrierId", equalTo(OrderFixtures.CARRIER));
    }

    @Test
    void cancelsBeforePaymentOnly() {
        String cancelled = place(CUSTOMER);
        move(cancelled, action("cancel"), 200);
        move(cancelled, action("pay"), 409);

        String paid = place(CUSTOMER);
        move(paid, action("pay"), 200);
        given().contentType(ContentType.JSON).body(action("cancel")).post("/orders/" + paid + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("An order that is paid cannot cancel (allowed: refunded, shipped)"));
        move(paid, action("refund"), 200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "deliver", "refund" })
    void illegalTransitionsAre409AndChangeNothing(String illegal) {
        String orderId = place(CUSTOMER);
        given().contentType(ContentType.JSON).body(action(illegal)).post("/orders/" + orderId + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("An order that is placed cannot " + illegal));
        move(orderId, ship(), 409);
        given().get("/orders/" + orderId).then().statusCode(200).body("status", equalTo("placed")).body("carrierId", nullValue());
    }

    @Test
    void closedOrdersAcceptNothing() {
        String orderId = place(CUSTOMER);
        move(orderId, action("cancel"), 200);
        for (String next : new String[] { "pay", "deliver", "cancel", "refund" }) {
            given().contentType(ContentType.JSON).body(action(next)).post("/orders/" + orderId + "/transitions")
                    .then().statusCode(409).body("detail", endsWith("(allowed: nothing, the order is closed)"));
        }
    }

    @Test
    void shippingNeedsACarrierAndOnlyShippingTakesOne() {
        String orderId = place(CUSTOMER);
        move(orderId, action("pay"), 200);
        move(orderId, action("ship"), 400);
        move(orderId, "{\"action\": \"ship\", \"carrierId\": \"yamato\"}", 400);
        move(orderId, "{\"action\": \"refund\", \"carrierId\": \"yamato\"}", 400);
        given().get("/orders/" + orderId).then().statusCode(200).body("status", equalTo("paid"));
    }

    @Test
    void unknownOrdersAre404() {
        given().get("/orders/00000000-0000-0000-0000-000000000000").then().statusCode(404).contentType("application/problem+json");
        move("00000000-0000-0000-0000-000000000000", action("pay"), 404);
    }
}
