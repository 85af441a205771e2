package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.idempotency.IdempotencyKeys;
import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Orders sent again with their Idempotency-Key (kura-common's IdempotencyInterceptor): one order per key, the first answer
 * replayed, another order under the same key refused, a duplicate in flight told to wait, the keys of an erased customer
 * gone.
 */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class IdempotencyKeyTest {

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyKeys keys;

    @Test
    void theSameKeyAndOrderPlaceOneOrderAndReplayTheFirstAnswer() throws SQLException {
        String customer = "customer-idempotent-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        Response first = place(customer, key, OrderFixtures.jpyOrder(customer));
        first.then().statusCode(201).header("Idempotent-Replayed", emptyOrNullString());
        // Whitespace aside, the same order: the key compares content, not bytes.
        Response again = place(customer, key, OrderFixtures.jpyOrder(customer).replace("\n", " "));

        again.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"));
        assertEquals(1, Database.ordersOf(dataSource, customer), "a retry never places a second order");
        // The structured-field form of the draft ("...") names the same key.
        place(customer, "\"" + key + "\"", OrderFixtures.jpyOrder(customer)).then().statusCode(201)
                .header("Location", first.header("Location"));
        assertEquals(1, Database.ordersOf(dataSource, customer));
    }

    @Test
    void theSameKeyWithAnotherOrderIs422AndPlacesNothing() throws SQLException {
        String customer = "customer-idempotent-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        place(customer, key, OrderFixtures.jpyOrder(customer)).then().statusCode(201);

        place(customer, key, OrderFixtures.order(customer, "JPY", "12900", "1500", 2030)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("This Idempotency-Key was used with a different request"));
        assertEquals(1, Database.ordersOf(dataSource, customer));
    }

    @Test
    void withoutAKeyEveryRequestIsAnOrder() throws SQLException {
        String customer = "customer-no-key-" + UUID.randomUUID();
        OrderFixtures.place(customer);
        OrderFixtures.place(customer);
        assertEquals(2, Database.ordersOf(dataSource, customer));
    }

    @Test
    void aRefusedRequestRecordsNothingUnderItsKey() throws SQLException {
        String key = UUID.randomUUID().toString();
        place(ContactServiceStub.NO_ADDRESS, key, OrderFixtures.jpyOrder(ContactServiceStub.NO_ADDRESS)).then().statusCode(422);
        assertEquals(0, recorded(key), "a refused request records no answer under its key");
    }

    @Test
    void aDuplicateStillInFlightIs409WithRetryAfter() throws SQLException {
        String customer = "customer-in-flight-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        // Another transaction holds the key, as a first request still being processed does.
        try (Connection inFlight = dataSource.getConnection()) {
            inFlight.setAutoCommit(false);
            try (PreparedStatement lock = inFlight.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, "storefront-app\nStorefrontOrderResource.place\n" + key);
                lock.execute();
            }
            place(customer, key, OrderFixtures.jpyOrder(customer)).then().statusCode(409).header("Retry-After", "1")
                    .contentType("application/problem+json");
            inFlight.rollback();
        }
        assertEquals(0, Database.ordersOf(dataSource, customer));
        place(customer, key, OrderFixtures.jpyOrder(customer)).then().statusCode(201);
    }

    @Test
    void aMalformedKeyIs400() {
        place("customer-bad-key", "ä".repeat(3), OrderFixtures.jpyOrder("customer-bad-key")).then().statusCode(400)
                .contentType("application/problem+json");
        place("customer-bad-key", "k".repeat(256), OrderFixtures.jpyOrder("customer-bad-key")).then().statusCode(400);
    }

    @Test
    void anErasedCustomersKeysGo() throws SQLException {
        String customer = "customer-erased-keys-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        place(customer, key, OrderFixtures.jpyOrder(customer)).then().statusCode(201);
        assertEquals(1, recorded(key));

        assertEquals(1, keys.forget(customer));
        assertEquals(0, recorded(key), "nothing of the customer's writes is kept under their keys");
    }

    private static Response place(String customer, String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/orders");
    }

    private long recorded(String key) throws SQLException {
        return Database.number(dataSource, "select count(*) from idempotency_record where idem_key = ?", key);
    }
}
