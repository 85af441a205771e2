package com.japanautoparts.kura.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Promise 8: the privacy officer publishes a policy version with its effective date and summary; the public sees
 * it in force; a consent given afterwards names it; customers who have not seen it are listed for the notice
 * until they acknowledge it.
 */
class PolicyChangeTest {

    @Test
    void aPublishedVersionIsInForceNamedByNewConsentsAndAcknowledged() {
        String version = "e2e-" + Kura.mark();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        Kura.as(Scenario.PRIVACY_OFFICER).body("""
                {"version": "%s", "effectiveDate": "%s", "summary": "Affiliates named; retention periods stated",
                 "textSha256": "%s"}""".formatted(version, today, "ab".repeat(32)))
                .post("/api/policies").then().statusCode(201);
        Kura.as("hanako").body("""
                {"version": "%s", "effectiveDate": "%s", "summary": "no", "textSha256": "%s"}"""
                .formatted(version + "-x", today, "cd".repeat(32)))
                .post("/api/policies").then().statusCode(403);

        Kura.anonymous().get("/api/policies/current").then().statusCode(200)
                .body("version", equalTo(version))
                .body("summary", equalTo("Affiliates named; retention periods stated"));

        Kura.as("hanako").body("{\"channel\": \"web\", \"page\": \"account-settings\", \"noticeVersion\": \"1\"}")
                .post("/api/consents/me/cross-border-transfer/grant").then().statusCode(201)
                .body("policyVersion", equalTo(version));

        assertThat(pending(), hasItem(Kura.subjectOf("hanako")));
        Kura.as("hanako").post("/api/policies/current/acknowledgement").then().statusCode(oneOf(200, 201));
        assertThat(pending(), not(hasItem(Kura.subjectOf("hanako"))));
        Kura.as("hanako").get("/api/consents/me/acknowledgements").then().statusCode(200)
                .body("version", hasItem(version));
    }

    private static List<String> pending() {
        return Kura.as(Scenario.PRIVACY_OFFICER).queryParam("size", 200).get("/api/policies/current/unacknowledged")
                .then().statusCode(200).extract().jsonPath().getList("customerIds");
    }
}
