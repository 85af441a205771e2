package com.japanautoparts.kura.consent;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Bodies and calls shared by the tests; customer ids are fresh per test, because the ledger cannot be reset. */
final class ConsentFixtures {

    static final String SPECIALS = "marketing-email-specials";
    static final String AFFILIATE = "affiliate-tracking";
    static final String CROSS_BORDER = "cross-border-transfer";
    static final String LOGIN_PAGE = "account-login-page";

    private ConsentFixtures() {
    }

    static String newCustomer() {
        return "customer-" + UUID.randomUUID();
    }

    static String storefrontAction(String customerId, String purpose, String action, Instant at, String page) {
        return """
                {"customerId": "%s", "purpose": "%s", "action": "%s", "at": "%s", "channel": "web", "page": "%s",
                 "noticeVersion": "specials-optin-v2", "userAgent": "Mozilla/5.0 (test)"}""".formatted(customerId, purpose, action, at, page);
    }

    static String customerAction(Instant at, String page) {
        return """
                {"at": "%s", "channel": "web", "page": "%s", "noticeVersion": "specials-optin-v2"}""".formatted(at, page);
    }

    /** Records through the storefront endpoint (the caller must hold the storefront role) and returns the record id. */
    static long record(String customerId, String purpose, String action, Instant at, String page) {
        Response response = given().contentType(ContentType.JSON).body(storefrontAction(customerId, purpose, action, at, page))
                .post("/consents").andReturn();
        response.then().statusCode(201);
        return response.jsonPath().getLong("id");
    }
}
