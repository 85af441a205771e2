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
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.DatabaseRoles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The ledger is append-only in the database itself: the service's own role may only insert and read (raw SQL cannot
 * rewrite history), and even the owner's DELETE is refused unless the record's removal is recorded, which only the owner's
 * erasure and purge functions do.
 */
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
            assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
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
    void theOldErasureSettingOpensNothingAndTheOwnerCannotDeleteWithoutRecordingTheRemoval() throws SQLException {
        for (Connection connection : List.of(dataSource.getConnection(), DatabaseRoles.owner())) {
            try (connection; Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("select set_config('kura.erasure', 'on', true)");
                SQLException refused = assertThrows(SQLException.class,
                        () -> statement.executeUpdate("delete from consent_record where id = " + recordId));
                assertTrue(refused.getMessage().contains("permission denied") || refused.getMessage().contains("append-only"),
                        refused.getMessage());
                connection.rollback();
            }
        }
        assertRowUnchanged();
    }

    @Test
    void theServicesRoleCanRewriteNoAppendOnlyTableAndOwnsNothing() throws SQLException {
        assertEquals(List.of(), DatabaseRoles.whatTheApplicationCouldRewrite());
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
