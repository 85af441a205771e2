package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Reads the raw tables over JDBC: no personal value may be there in plaintext. */
@QuarkusTest
@TestSecurity(user = EncryptionAtRestTest.CUSTOMER, roles = Roles.CUSTOMER)
class EncryptionAtRestTest {

    static final String CUSTOMER = "customer-encryption";
    private static final String EMAIL = "encrypted.person@example.jp";
    private static final List<String> PLAINTEXTS = List.of(ContactFixtures.FAMILY, ContactFixtures.GIVEN, ContactFixtures.LINE1,
            ContactFixtures.POSTAL_CODE, "Shibuya-ku", "Room 401", "500 Market Street", "94105", "90-1234-5678", EMAIL,
            "encrypted.person");

    @Inject
    DataSource dataSource;

    @Test
    void noPlaintextPersonalDataInAnyTable() throws SQLException {
        given().contentType(ContentType.JSON).body(ContactFixtures.contact(EMAIL)).put("/contacts/me")
                .then().statusCode(oneOf(200, 201));

        List<String> cells = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("customer", "postal_address", "phone_number", "email_address", "contact_change")) {
                cells.addAll(rawCells(connection, "select t.* from " + table + " t join customer c on c.id = "
                        + (table.equals("customer") ? "t.id" : "t.customer_id") + " where c.subject = ?"));
            }
        }
        assertTrue(cells.size() > 20, "expected the customer's rows, read " + cells.size() + " cells");
        for (String cell : cells) {
            for (String plaintext : PLAINTEXTS) {
                assertFalse(cell.toLowerCase(Locale.ROOT).contains(plaintext.toLowerCase(Locale.ROOT)),
                        "plaintext found in a stored column");
            }
        }
        // The API still returns the decrypted values.
        given().get("/contacts/me").then().statusCode(200)
                .body("emails[0].address", equalTo(EMAIL));
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() throws SQLException {
        given().contentType(ContentType.JSON).body("{\"phones\": [{\"number\": \"+81 3-0000-0000\"}, {\"number\": \"+81 3-0000-0000\"}]}")
                .put("/contacts/me").then().statusCode(oneOf(200, 201));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select p.number from phone_number p join customer c on c.id = p.customer_id where c.subject = ? order by p.position")) {
            statement.setString(1, CUSTOMER);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next());
                byte[] first = rows.getBytes(1);
                assertTrue(rows.next());
                byte[] second = rows.getBytes(1);
                assertFalse(Arrays.equals(first, second), "random IVs: equal plaintexts give different ciphertexts");
            }
        }
    }

    private static List<String> rawCells(Connection connection, String sql) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, CUSTOMER);
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                while (rows.next()) {
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        byte[] raw = rows.getBytes(column);
                        if (raw != null) {
                            // Both the raw bytes as text and the text form PostgreSQL would print.
                            cells.add(new String(raw, StandardCharsets.UTF_8));
                            cells.add(String.valueOf(rows.getString(column)));
                        }
                    }
                }
            }
        }
        return cells;
    }
}
