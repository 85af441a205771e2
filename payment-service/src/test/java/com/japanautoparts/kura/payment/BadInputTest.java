package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.BadBody;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Malformed, mistyped, invalid and oversize bodies: a 4xx problem each, and stored orders untouched. */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class BadInputTest {

    static final String CUSTOMER = "customer-bad-input";

    @Inject
    DataSource dataSource;

    private String orderId;
    private long orders;

    static Stream<BadBody> badOrders() {
        String good = OrderFixtures.jpyOrder(CUSTOMER);
        List<BadBody> specific = List.of(
                BadBody.json("no customer", good.replace("\"customerId\": \"" + CUSTOMER + "\",", "")),
                BadBody.json("blank customer", good.replace("\"customerId\": \"" + CUSTOMER + "\"", "\"customerId\": \" \"")),
                BadBody.json("customer id too long", good.replace(CUSTOMER, "c".repeat(256))),
                BadBody.json("control character in customer id", good.replace(CUSTOMER, "cust\\u0000omer")),
                BadBody.json("no lines", good.replaceAll("(?s)\"lines\": \\[.*?\\],", "\"lines\": [],")),
                BadBody.json("lines not a list", good.replaceAll("(?s)\"lines\": \\[.*?\\],", "\"lines\": {\"sku\": \"A\"},")),
                BadBody.json("null line", good.replaceAll("(?s)\"lines\": \\[.*?\\],", "\"lines\": [null],")),
                BadBody.json("zero quantity", good.replace("\"quantity\": 2", "\"quantity\": 0")),
                BadBody.json("fractional quantity", good.replace("\"quantity\": 2", "\"quantity\": 1.5")),
                BadBody.json("quantity as text", good.replace("\"quantity\": 2", "\"quantity\": \"two\"")),
                BadBody.json("negative price", good.replace("\"unitPrice\": 12800", "\"unitPrice\": -1")),
                BadBody.json("absurd price", good.replace("\"unitPrice\": 12800", "\"unitPrice\": 1e20")),
                BadBody.json("yen with decimals", good.replace("\"unitPrice\": 12800", "\"unitPrice\": 12800.5")),
                BadBody.json("client-sent line total", good.replace("\"unitPrice\": 12800", "\"unitPrice\": 12800, \"lineTotal\": 1")),
                BadBody.json("client-sent order total", good.replace("\"currency\"", "\"total\": 1, \"currency\"")),
                BadBody.json("lower-case currency", good.replace("\"JPY\"", "\"jpy\"")),
                BadBody.json("unknown currency", good.replace("\"JPY\"", "\"ABC\"")),
                BadBody.json("no payment method", good.replaceAll("(?s),\\s*\"paymentMethod\": \\{.*?\\}", "")),
                BadBody.json("last4 with five digits", good.replace("\"4242\"", "\"42424\"")),
                BadBody.json("expiry month 13", good.replace("\"expiryMonth\": 12", "\"expiryMonth\": 13")),
                BadBody.json("token with spaces", good.replace(OrderFixtures.TOKEN, "tok with spaces")),
                BadBody.json("sku with markup", good.replace("OIL-FLT-001", "<script>")),
                BadBody.json("unknown nested field", good.replace("\"brand\": \"VISA\"", "\"brand\": \"VISA\", \"holder\": \"H Yamada\"")));
        return Stream.concat(BadBody.generic().stream(), specific.stream());
    }

    static Stream<BadBody> badTransitions() {
        List<BadBody> specific = List.of(
                BadBody.json("no action", "{}"),
                BadBody.json("unknown action", "{\"action\": \"teleport\"}"),
                BadBody.json("upper-case action", "{\"action\": \"PAY\"}"),
                BadBody.json("action as number", "{\"action\": 1}"),
                BadBody.json("carrier with markup", "{\"action\": \"ship\", \"carrierId\": \"<b>\", \"trackingNumber\": \"1\"}"),
                BadBody.json("tracking number too long", "{\"action\": \"ship\", \"carrierId\": \"yamato\", \"trackingNumber\": \"" + "1".repeat(65) + "\"}"),
                BadBody.json("ship without carrier", "{\"action\": \"ship\", \"trackingNumber\": \"123\"}"),
                BadBody.json("status set directly", "{\"action\": \"pay\", \"status\": \"delivered\"}"),
                BadBody.json("illegal transition", "{\"action\": \"deliver\"}"));
        return Stream.concat(BadBody.generic().stream(), specific.stream());
    }

    @BeforeEach
    void storeKnownOrder() throws SQLException {
        orderId = OrderFixtures.place(CUSTOMER);
        orders = Database.ordersOf(dataSource, CUSTOMER);
    }

    @ParameterizedTest(name = "POST /orders {0}")
    @MethodSource("badOrders")
    void placingRefusesAndWritesNothing(BadBody bad) throws SQLException {
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body()).post("/orders").andReturn());
        assertDataIntact();
    }

    @ParameterizedTest(name = "POST transitions {0}")
    @MethodSource("badTransitions")
    void transitionsRefuseAndChangeNothing(BadBody bad) throws SQLException {
        ProblemAssertions.assertClientProblem(
                given().contentType(bad.contentType()).body(bad.body()).post("/orders/" + orderId + "/transitions").andReturn());
        assertDataIntact();
    }

    private void assertDataIntact() throws SQLException {
        assertEquals(orders, Database.ordersOf(dataSource, CUSTOMER));
        given().get("/orders/" + orderId).then().statusCode(200)
                .body("status", equalTo("placed"))
                .body("total", equalTo(27100))
                .body("carrierId", nullValue())
                .body("lines[0].quantity", equalTo(2));
    }
}
