package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.domain.LegalHold;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Only privacy officers manage holds; only Kura services (and the DSR coordinator) ask about subjects. */
@QuarkusTest
class LegalHoldAccessTest {

    static final String BODY = LegalHoldTest.holdJson(List.of("customer-bob"), "litigation", "Court case",
            Instant.now().plus(1, ChronoUnit.DAYS).toString());

    @Test
    @TestSecurity(user = "customer-alice", roles = Roles.CUSTOMER)
    void aCustomerIsRefused() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "staff-sato", roles = Roles.STAFF)
    void staffAreRefused() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    void aCarrierIsRefused() {
        refusedEverywhere();
    }

    @Test
    @TestSecurity(user = "service-account-payment-service", roles = Roles.LEGAL_HOLD_READER)
    void aServiceIdentityReadsButCannotManage() {
        given().get("/internal/legal-holds/subjects/customer-bob").then().statusCode(200);
        given().get("/internal/legal-holds/subjects").then().statusCode(200);
        given().get("/legal-holds").then().statusCode(403);
        given().get("/legal-holds/events").then().statusCode(403);
        given().contentType(ContentType.JSON).body(BODY).post("/legal-holds").then().statusCode(403);
        given().post("/legal-holds/1/release").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
    void aPrivacyOfficerManagesButIsNoServiceIdentity() {
        given().get("/legal-holds").then().statusCode(200);
        given().get("/legal-holds/events").then().statusCode(200);
        given().get("/internal/legal-holds/subjects/customer-bob").then().statusCode(403);
    }

    @ParameterizedTest
    @CsvSource({ "GET,/legal-holds", "POST,/legal-holds", "GET,/legal-holds/1", "GET,/legal-holds/1/events",
            "GET,/legal-holds/events", "POST,/legal-holds/1/release", "GET,/internal/legal-holds/subjects", "GET,/internal/legal-holds/subjects/x" })
    void anonymousCallersAreRefused(String method, String path) {
        given().contentType(ContentType.JSON).body("{}").request(method, path).then().statusCode(401);
    }

    private static void refusedEverywhere() {
        long before = LegalHold.count();
        given().get("/legal-holds").then().statusCode(403);
        given().contentType(ContentType.JSON).body(BODY).post("/legal-holds").then().statusCode(403);
        given().get("/legal-holds/1").then().statusCode(403);
        given().get("/legal-holds/1/events").then().statusCode(403);
        given().get("/legal-holds/events").then().statusCode(403);
        given().post("/legal-holds/1/release").then().statusCode(403);
        given().get("/internal/legal-holds/subjects").then().statusCode(403);
        given().get("/internal/legal-holds/subjects/customer-bob").then().statusCode(403);
        org.junit.jupiter.api.Assertions.assertEquals(before, LegalHold.count());
    }
}
