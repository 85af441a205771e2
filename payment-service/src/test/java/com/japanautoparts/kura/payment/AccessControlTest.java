package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.service.OrderService;
import com.japanautoparts.kura.payment.service.PaymentSubjectData;
import com.japanautoparts.kura.testing.ManagementInterface;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Every endpoint needs its role; one customer never reaches another's orders (BOLA). */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
class AccessControlTest {

    static final String ALICE = "customer-alice-orders";
    static final String BOB = "customer-bob-orders";

    @Inject
    OrderService orders;

    @Inject
    PaymentSubjectData subjects;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    private String aliceOrder;

    @BeforeEach
    void aliceHasAnOrder() {
        subjects.erase(ALICE);
        subjects.erase(BOB);
        aliceOrder = placeAs(ALICE);
    }

    @Test
    @TestSecurity(user = BOB, roles = Roles.CUSTOMER)
    void bobSeesNoneOfAlicesOrders() {
        given().get("/orders/me").then().statusCode(200).body("size()", equalTo(0));
        given().get("/orders/me/" + aliceOrder).then().statusCode(404).contentType("application/problem+json");
        given().get("/orders/" + aliceOrder).then().statusCode(403);
        given().contentType(ContentType.JSON).body(OrderFixtures.action("cancel")).post("/orders/" + aliceOrder + "/transitions")
                .then().statusCode(403);
        given().get("/internal/orders/" + aliceOrder + "/projections/payment").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = ALICE, roles = Roles.CUSTOMER)
    void aliceReadsHerOwnOrdersWithoutTheProcessorToken() {
        String second = placeAs(ALICE);
        placeAs(BOB);
        given().get("/orders/me").then().statusCode(200)
                .body("orderId", contains(second, aliceOrder))
                .body("customerId", everyItem(equalTo(ALICE)))
                .body("paymentMethod.processorToken", everyItem(nullValue()))
                .body("paymentMethod.last4", hasItem("4242"));
        given().get("/orders/me/" + aliceOrder).then().statusCode(200)
                .body("total", equalTo(27100))
                .body("paymentMethod", not(hasKey("processorToken")));
        given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(ALICE)).post("/orders").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "carrier-sagawa", roles = Roles.CARRIER)
    void aCarrierGetsNothingDirectlyEvenForItsOwnShipment() {
        given().get("/internal/orders/" + aliceOrder + "/projections/delivery").then().statusCode(403);
        given().get("/orders/" + aliceOrder).then().statusCode(403);
        given().get("/orders/me").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "disclosure-service", roles = Roles.DISCLOSURE_BROKER)
    void anUnshippedOrderNamesNoCarrierSoNoCarrierQualifies() {
        given().get("/internal/orders/" + aliceOrder + "/projections/delivery").then().statusCode(200)
                .body("carrierId", nullValue())
                .body("trackingNumber", nullValue())
                .body("dataItems", not(hasItem("user.behavior.purchase_history.shipment")));
        given().get("/orders/" + aliceOrder).then().statusCode(403);
        given().post("/internal/subjects/" + ALICE + "/erase").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void theStorefrontCannotUseCustomerOrInternalEndpoints() {
        given().get("/orders/me").then().statusCode(403);
        given().get("/orders/me/" + aliceOrder).then().statusCode(403);
        given().get("/internal/orders/" + aliceOrder + "/projections/delivery").then().statusCode(403);
        given().get("/internal/subjects/" + ALICE + "/export").then().statusCode(403);
        given().post("/internal/subjects/" + ALICE + "/erase").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void theDsrCoordinatorOnlyReachesSubjectHooks() {
        given().get("/orders/" + aliceOrder).then().statusCode(403);
        given().get("/internal/orders/" + aliceOrder + "/projections/payment").then().statusCode(403);
        given().get("/internal/subjects/" + ALICE + "/export").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({ "POST,/orders", "GET,/orders/x", "POST,/orders/x/transitions", "GET,/orders/me", "GET,/orders/me/x",
            "GET,/internal/orders/x/projections/delivery", "GET,/internal/orders/x/projections/payment",
            "GET,/internal/subjects/x/export", "POST,/internal/subjects/x/erase" })
    void anonymousCallersAreRefused(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").request(method, path).then().statusCode(401);
    }

    @Test
    void healthOpenApiAndMetricsAreOnTheManagementInterfaceOnly() {
        ManagementInterface.servesEveryEndpointThereAndNoneOnThePublicPort();
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void metricsNeverNameTheIdsInPaths() {
        ManagementInterface.assertIdsInPathsNeverReachMetrics("/internal/subjects/{id}/export",
                "/orders/{id}", "/orders/me/{id}");
    }

    private String placeAs(String customer) {
        return OrderFixtures.store(orders, json, clock, customer);
    }
}
