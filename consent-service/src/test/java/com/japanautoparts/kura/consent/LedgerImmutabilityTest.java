package com.japanautoparts.kura.consent;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The ledger is append-only in the database itself, whoever connects: raw SQL cannot rewrite history. */
@QuarkusTest
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class LedgerImmutabilityTest {

    @Inject
    DataSource dataSource;

    private String customer;
    private long recordId;

    @BeforeEach
    void recordAGrant() {
        customer = ConsentFixtures.newCustomer();
        recordId = ConsentFixtures.record(customer, ConsentFixtures.SPECIALS, "granted", Instant.now().truncatedTo(ChronoUnit.SECONDS),
                ConsentFixtures.LOGIN_PAGE);
    }

    @Test
    void rawUpdateIsRefusedAndTheRowIsUnchanged() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update consent_record set action = 'WITHDRAWN', page = 'forged' where id = ?")) {
            update.setLong(1, recordId);
            SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertRowUnchanged();
    }

    @Test
    void rawDeleteIsRefusedAndTheRowStays() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from consent_record where id = ?")) {
            delete.setLong(1, recordId);
            assertThrows(SQLException.class, delete::executeUpdate);
        }
        assertRowUnchanged();
    }

    @Test
    void truncateIsRefused() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.execute("truncate consent_record cascade"));
        }
        assertRowUnchanged();
    }

    @Test
    void theErasureSettingAllowsDeleteButNeverUpdateAndEndsWithTheTransaction() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('kura.erasure', 'on', true)");
                assertThrows(SQLException.class,
                        () -> statement.executeUpdate("update consent_record set page = 'forged' where id = " + recordId));
            }
            connection.rollback();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('kura.erasure', 'on', true)");
                assertEquals(1, statement.executeUpdate("delete from consent_record where id = " + recordId));
            }
            // Rolled back: this test only shows the sanctioned path exists; the row must survive.
            connection.rollback();
            try (Statement statement = connection.createStatement()) {
                // A new transaction: the local setting is gone, so the guard is back.
                assertThrows(SQLException.class, () -> statement.executeUpdate("delete from consent_record where id = " + recordId));
            }
            connection.rollback();
        }
        assertRowUnchanged();
    }

    private void assertRowUnchanged() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select action, page, subject from consent_record where id = ?")) {
            select.setLong(1, recordId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "the record must still exist");
                assertEquals("GRANTED", row.getString("action"));
                assertEquals(ConsentFixtures.LOGIN_PAGE, row.getString("page"));
                assertEquals(customer, row.getString("subject"));
            }
        }
        given().get("/consents/eligibility/" + customer + "/" + ConsentFixtures.SPECIALS).then().statusCode(200)
                .body("eligible", org.hamcrest.Matchers.is(true));
    }
}
