package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.LateFailure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A request that fails after validation, at its commit, leaves no order, line or event behind. */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class NoWriteSurvivesFailureTest {

    private static final String CUSTOMER = "customer-late-failure";

    @Inject
    DataSource dataSource;

    @AfterEach
    void disarm() {
        LateFailure.disarm();
    }

    @Test
    void anOrderFailingAtItsCommitIsNotStored() throws SQLException {
        LateFailure.failNextInsertInto("orders");
        given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(CUSTOMER)).post("/orders")
                .then().statusCode(500).contentType("application/problem+json");
        assertEquals(1, LateFailure.fired(), "the order's transaction wrote and failed at its commit");
        assertEquals(0, Database.ordersOf(dataSource, CUSTOMER));

        given().contentType(ContentType.JSON).body(OrderFixtures.jpyOrder(CUSTOMER)).post("/orders").then().statusCode(201);
        assertEquals(1, Database.ordersOf(dataSource, CUSTOMER));
    }
}
