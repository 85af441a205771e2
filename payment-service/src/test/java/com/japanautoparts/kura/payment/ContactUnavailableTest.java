package com.japanautoparts.kura.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * contact-service failing or unreachable: 503 with Retry-After after retries, and no order written;
 * after enough failures the circuit opens and callers get the 503 without a call being made.
 */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class ContactUnavailableTest {

    @Inject
    DataSource dataSource;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void closeCircuits() {
        // Failures here must not open the breaker for the tests that follow.
        circuitBreakers.resetAll();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { ContactServiceStub.CONTACT_DOWN, ContactServiceStub.CONTACT_RESET })
    void answers503WithRetryAfterAndWritesNothing(String customer) throws SQLException {
        int callsBefore = calls(customer);

        given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(customer)).post("/orders")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", equalTo(503))
                .body("type", equalTo("https://kura.japanautoparts.com/problems/dependency-unavailable"));

        assertEquals(0, Database.ordersOf(dataSource, customer), "never a half-written order");
        assertEquals(3, calls(customer) - callsBefore, "one call and two retries");
    }

    @Test
    void anOpenCircuitAnswersAtOnceWithoutCallingContactService() throws SQLException {
        // Seven failing orders, three attempts each: past the breaker's 20-call window, all failed.
        for (int i = 0; i < 7; i++) {
            given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(ContactServiceStub.CONTACT_DOWN)).post("/orders")
                    .then().statusCode(503);
        }
        int callsBefore = calls(ContactServiceStub.CONTACT_DOWN);
        String healthy = "customer-while-circuit-open";

        given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(healthy)).post("/orders")
                .then().statusCode(503).header("Retry-After", "5").contentType("application/problem+json");

        assertEquals(0, calls(healthy), "an open circuit sends nothing to contact-service");
        assertEquals(callsBefore, calls(ContactServiceStub.CONTACT_DOWN));
        assertEquals(0, Database.ordersOf(dataSource, healthy));

        circuitBreakers.resetAll();
        given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(healthy)).post("/orders").then().statusCode(201);
    }

    private static int calls(String customer) {
        return ContactServiceStub.server().countRequestsMatching(
                getRequestedFor(urlPathEqualTo(ContactServiceStub.checkout(customer))).build()).getCount();
    }
}
