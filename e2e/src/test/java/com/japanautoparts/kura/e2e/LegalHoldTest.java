package com.japanautoparts.kura.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Issue 8 across the system: a privacy officer places a legal hold through the gateway; the held customer's erasure
 * ends partially-blocked with the reason shown to the customer, and the contact data stays. The customer is hanako,
 * whom no test erases or removes: taro is erased (DataSubjectRequestTest) and removes his contact data
 * (AccessModifyRemoveTest), which a hold in force would refuse whatever order the tests run in, and a hold cannot be
 * released early by the one demo privacy officer who placed it (two-person rule). The hold ends two minutes after it is
 * placed, so it keeps nothing of hanako's beyond this run.
 */
class LegalHoldTest {

    private static final String CUSTOMER = "hanako";
    /** The same on every run, so a hold still in force from a run just before gives the same reason. */
    private static final String REASON = "Litigation hold: e2e customer records kept for a court case";

    @Test
    void aHeldCustomersErasureEndsPartiallyBlockedWithTheReasonAndTheContactDataStays() {
        Scenario.fullContactData(CUSTOMER);
        placeHold(Kura.subjectOf(CUSTOMER));

        String location = Kura.as(CUSTOMER).body("{\"type\": \"erasure\"}").post("/api/me/requests")
                .then().statusCode(oneOf(200, 202)).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> Kura.as(CUSTOMER)
                .get("/api/me/requests/" + id).then().statusCode(200).body("status", equalTo("partially-blocked")));
        Kura.as(CUSTOMER).get("/api/me/requests/" + id).then().statusCode(200)
                .body("progress.find { it.service == 'contact-service' }.status", equalTo("blocked"))
                .body("progress.find { it.service == 'contact-service' }.outcome", equalTo("blocked-legal-hold"))
                .body("progress.find { it.service == 'contact-service' }.reason", equalTo(REASON))
                .body("outcome", containsString(REASON))
                .body("completedAt", notNullValue());

        Kura.as(CUSTOMER).get("/api/contacts/me").then().statusCode(200).body("name.family", equalTo("Yamada"));
    }

    @Test
    void thePrivacyOfficerWorksThroughTheGatewayOnly() {
        String holdId = placeHold(Kura.subjectOf(CUSTOMER));
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/legal-holds/" + holdId).then().statusCode(200)
                .body("description", equalTo(REASON));
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/legal-holds/" + holdId + "/events").then().statusCode(200);
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/legal-holds").then().statusCode(200).body("id", hasItem(Integer.parseInt(holdId)));

        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/retention/contact/dry-run").then().statusCode(200)
                .body("categories", notNullValue());
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/retention/gateway/dry-run").then().statusCode(200);

        // disclosure-service's internal check is for the services' own identities, never reachable through the gateway.
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/internal/legal-holds/subjects").then().statusCode(404);
        Kura.as(CUSTOMER).get("/api/legal-holds").then().statusCode(403);
        Kura.as(CUSTOMER).get("/api/retention/contact/dry-run").then().statusCode(403);
    }

    /** Places a hold on the subject, ending in two minutes; returns its id. */
    private static String placeHold(String subject) {
        return Kura.as(Scenario.PRIVACY_OFFICER).body("""
                {"subjects": ["%s"], "reason": "litigation", "description": "%s", "endsAt": "%s"}"""
                .formatted(subject, REASON, Instant.now().plus(Duration.ofMinutes(2))))
                .post("/api/legal-holds").then().statusCode(201).header("Location", notNullValue())
                .extract().path("id").toString();
    }
}
