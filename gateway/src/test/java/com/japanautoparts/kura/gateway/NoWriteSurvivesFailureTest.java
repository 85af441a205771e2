package com.japanautoparts.kura.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.LateFailure;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A data-subject request that fails after validation, at its commit, leaves no request or step behind. */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
@TestSecurity(user = NoWriteSurvivesFailureTest.CUSTOMER, roles = Roles.CUSTOMER)
class NoWriteSurvivesFailureTest {

    static final String CUSTOMER = "customer-late-failure";

    @Inject
    DataSource dataSource;

    @AfterEach
    void disarm() {
        LateFailure.disarm();
    }

    @Test
    void aRequestFailingAtItsCommitLeavesNoRow() throws SQLException {
        LateFailure.failNextInsertInto("dsr_request");
        given().contentType(ContentType.JSON).body("{\"type\": \"access\"}").post("/api/me/requests")
                .then().statusCode(500).contentType("application/problem+json");
        assertEquals(1, LateFailure.fired(), "the request was written and failed at its commit");
        assertEquals(0, requests());

        given().contentType(ContentType.JSON).body("{\"type\": \"access\"}").post("/api/me/requests").then().statusCode(202);
        assertEquals(1, requests());
    }

    private long requests() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from dsr_request where subject = ?")) {
            statement.setString(1, CUSTOMER);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
