package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;


import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.LateFailure;
import com.japanautoparts.kura.testing.ProblemAssertions;
import com.japanautoparts.kura.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A registration that fails after validation, at its commit, leaves no customer, address or history behind. */
@QuarkusTest
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class NoWriteSurvivesFailureTest {

    private static final String CUSTOMER = "customer-late-failure";
    private static final String REGISTRATION = "{\"customerId\": \"" + CUSTOMER + "\", \"contact\": {\"name\": {\"family\": \"Yamada\"},"
            + " \"addresses\": [{\"type\": \"SHIPPING\", \"postalCode\": \"150-0001\", \"line1\": \"1-2-3 Jingumae\"}]}}";

    @Inject
    DataSource dataSource;

    @AfterEach
    void disarm() {
        LateFailure.disarm();
    }

    @Test
    void aRegistrationFailingAtItsCommitLeavesNoRow() {
        LateFailure.failNextInsertInto("customer");
        given().contentType(ContentType.JSON).body(REGISTRATION).post("/contacts")
                .then().statusCode(500).contentType("application/problem+json");
        assertEquals(1, LateFailure.fired(), "the registration wrote and failed at its commit");
        assertEquals(0, customers());

        // Not a conflict: nothing of the first attempt is there.
        given().contentType(ContentType.JSON).body(REGISTRATION).post("/contacts").then().statusCode(201);
        assertEquals(1, customers());
    }

    /** Braces in the customer id once answered 500 after the row was written (the Location header failed). */
    @Test
    void bracesInACustomerIdAre400BeforeAnyWrite() {
        for (String id : new String[] { "{" + CUSTOMER, CUSTOMER + "}", "{x}" }) {
            ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(REGISTRATION.replace(CUSTOMER, id))
                    .post("/contacts").andReturn(), 400);
            assertEquals(0, customers(id), "a refused registration wrote a row");
        }
    }

    private long customers() {
        return customers(CUSTOMER);
    }

    private long customers(String subject) {
        return Rows.count(dataSource, "select count(*) from customer where subject = ?", subject);
    }
}
