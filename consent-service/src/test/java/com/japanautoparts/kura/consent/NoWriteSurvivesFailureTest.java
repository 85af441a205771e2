package com.japanautoparts.kura.consent;

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

/** A consent that fails after validation, at its commit, leaves no ledger record and no subject behind. */
@QuarkusTest
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class NoWriteSurvivesFailureTest {

    private static final String CUSTOMER = "customer-late-failure";
    private static final String GRANT = "{\"customerId\": \"" + CUSTOMER + "\", \"purpose\": \"marketing-email-specials\","
            + " \"action\": \"granted\", \"channel\": \"web\", \"page\": \"account-login-page\", \"noticeVersion\": \"specials-optin-v2\"}";

    @Inject
    DataSource dataSource;

    @AfterEach
    void disarm() {
        LateFailure.disarm();
    }

    @Test
    void aConsentFailingAtItsCommitLeavesNoRecord() {
        LateFailure.failNextInsertInto("consent_record");
        given().contentType(ContentType.JSON).body(GRANT).post("/consents")
                .then().statusCode(500).contentType("application/problem+json");
        assertEquals(1, LateFailure.fired(), "the consent was written and failed at its commit");
        assertEquals(0, count("select count(*) from consent_record where subject = ?"));
        assertEquals(0, count("select count(*) from consent_subject where subject = ?"));

        given().contentType(ContentType.JSON).body(GRANT).post("/consents").then().statusCode(201);
        assertEquals(1, count("select count(*) from consent_record where subject = ?"));
    }

    private long count(String sql) {
        return Rows.count(dataSource, sql, CUSTOMER);
    }
}
