package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;


import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.LateFailure;
import com.japanautoparts.kura.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A legal hold that fails after validation, at its commit, leaves no hold, subject or event behind. */
@QuarkusTest
@TestSecurity(user = "officer-late-failure", roles = Roles.PRIVACY_OFFICER)
class NoWriteSurvivesFailureTest {

    private static final String CUSTOMER = "customer-late-failure";
    private static final String HOLD = "{\"subjects\": [\"" + CUSTOMER + "\"], \"reason\": \"litigation\","
            + " \"description\": \"Records needed for a court case\", \"endsAt\": \"2999-12-31T00:00:00Z\"}";

    @Inject
    DataSource dataSource;

    @AfterEach
    void disarm() {
        LateFailure.disarm();
    }

    @Test
    void aLegalHoldFailingAtItsCommitLeavesNoRow() {
        LateFailure.failNextInsertInto("legal_hold");
        given().contentType(ContentType.JSON).body(HOLD).post("/legal-holds")
                .then().statusCode(500).contentType("application/problem+json");
        assertEquals(1, LateFailure.fired(), "the hold was written and failed at its commit");
        assertEquals(0, subjects());

        given().contentType(ContentType.JSON).body(HOLD).post("/legal-holds").then().statusCode(201);
        assertEquals(1, subjects());
    }

    private long subjects() {
        return Rows.count(dataSource, "select count(*) from legal_hold_subject where customer_id = ?", CUSTOMER);
    }
}
