package com.japanautoparts.kura.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Promise 3: specials only while an opt-in from the Account Login page stands; withdrawal is immediate. */
class SpecialsOptInTest {

    private static final String SPECIALS = "marketing-email-specials";

    @Test
    void optInOnTheLoginPageThenWithdrawal() {
        String hanako = Kura.subjectOf("hanako");
        Integer record = Kura.as(Scenario.STOREFRONT).body("""
                {"customerId": "%s", "purpose": "%s", "action": "granted", "at": "%s",
                 "channel": "web", "page": "account-login-page", "noticeVersion": "1"}""".formatted(hanako, SPECIALS, Instant.now().minusSeconds(5)))
                .post("/api/consents").then().statusCode(201).extract().path("id");

        Kura.as(Scenario.STOREFRONT).get("/api/consents/eligibility/" + hanako + "/" + SPECIALS).then().statusCode(200)
                .body("eligible", equalTo(true))
                .body("basedOnRecordId", equalTo(record));

        Kura.as("hanako").body("{\"channel\": \"web\", \"page\": \"account-settings\"}")
                .post("/api/consents/me/" + SPECIALS + "/withdraw").then().statusCode(201);

        Kura.as(Scenario.STOREFRONT).get("/api/consents/eligibility/" + hanako + "/" + SPECIALS).then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("basedOnRecordId", notNullValue());
    }
}
