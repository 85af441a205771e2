package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.LOGIN_PAGE;
import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.Rows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A consent the storefront sends again with its Idempotency-Key (kura-common) is recorded once, and the first answer is
 * replayed; an erasure of the customer takes the key with it (common's data-subject hook).
 */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void aConsentSentAgainWithItsKeyIsRecordedOnce() {
        String customer = ConsentFixtures.newCustomer();
        String key = UUID.randomUUID().toString();
        String body = ConsentFixtures.storefrontAction(customer, SPECIALS, "granted", Instant.now().truncatedTo(ChronoUnit.MILLIS), LOGIN_PAGE);

        Response first = record(key, body);
        first.then().statusCode(201).header("Idempotent-Replayed", emptyOrNullString());
        record(key, body).then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"));

        assertEquals(1, count("select count(*) from consent_record where subject = ?", customer), "one consent record per key");
        assertEquals(1, count("select count(*) from idempotency_record where subject = ?", customer));
    }

    @Test
    @TestSecurity(user = "gateway", roles = { Roles.DSR_COORDINATOR, Roles.STOREFRONT })
    void anErasureTakesTheCustomersKeysWithIt() {
        String customer = ConsentFixtures.newCustomer();
        String body = ConsentFixtures.storefrontAction(customer, SPECIALS, "granted", Instant.now().truncatedTo(ChronoUnit.MILLIS), LOGIN_PAGE);
        record(UUID.randomUUID().toString(), body).then().statusCode(201);
        assertEquals(1, count("select count(*) from idempotency_record where subject = ?", customer));

        given().post("/internal/subjects/" + customer + "/erase").then().statusCode(200);

        assertEquals(0, count("select count(*) from idempotency_record where subject = ?", customer),
                "no replay outlives the customer's data");
    }

    private static Response record(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/consents");
    }

    private long count(String sql, String parameter) {
        return Rows.count(dataSource, sql, parameter);
    }
}
