package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.AFFILIATE;
import static com.japanautoparts.kura.consent.ConsentFixtures.LOGIN_PAGE;
import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static com.japanautoparts.kura.consent.ConsentFixtures.record;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * "May we send specials to X?": yes only while an opt-in from the Account Login page stands; the answer names
 * its record; actions are ordered by their own time, whatever the order they arrive in, and a tie goes to withdrawal.
 */
@QuarkusTest
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class EligibilityAndOrderingTest {

    private String customer;
    private Instant now;

    @BeforeEach
    void freshCustomer() {
        customer = ConsentFixtures.newCustomer();
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void noRecordMeansNotEligible() {
        JsonPath answer = eligibility(SPECIALS);
        assertFalse(answer.getBoolean("eligible"));
        assertNull(answer.get("basedOnRecordId"));
        assertEquals("No opt-in is recorded for this purpose", answer.getString("reason"));
    }

    @Test
    void anOptInFromTheLoginPageMakesEligibleAndNamesItsRecord() {
        Instant at = now.minusSeconds(5);
        long grant = record(customer, SPECIALS, "granted", at, LOGIN_PAGE);
        JsonPath answer = eligibility(SPECIALS);
        assertTrue(answer.getBoolean("eligible"));
        assertEquals(grant, answer.getLong("basedOnRecordId"));
        assertEquals(at, Instant.parse(answer.getString("grantedAt")));
        assertEquals(LOGIN_PAGE, answer.getString("source.page"));
        assertEquals("web", answer.getString("source.channel"));
    }

    @Test
    void anOptInFromAnotherPageDoesNotCountAndTheAnswerSaysWhy() {
        long grant = record(customer, SPECIALS, "granted", now.minusSeconds(5), "checkout-page");
        JsonPath answer = eligibility(SPECIALS);
        assertFalse(answer.getBoolean("eligible"));
        assertEquals(grant, answer.getLong("basedOnRecordId"));
        assertTrue(answer.getString("reason").contains("account-login-page"), answer.getString("reason"));
        assertNull(answer.get("grantedAt"));
    }

    @Test
    void aLaterGrantFromAnotherPageDoesNotHideAStandingLoginPageOptIn() {
        long loginGrant = record(customer, SPECIALS, "granted", now.minusSeconds(20), LOGIN_PAGE);
        record(customer, SPECIALS, "granted", now.minusSeconds(10), "checkout-page");
        JsonPath answer = eligibility(SPECIALS);
        assertTrue(answer.getBoolean("eligible"));
        assertEquals(loginGrant, answer.getLong("basedOnRecordId"));
    }

    @Test
    void withdrawalTakesEffectAtOnce() {
        record(customer, SPECIALS, "granted", now.minusSeconds(10), LOGIN_PAGE);
        assertTrue(eligibility(SPECIALS).getBoolean("eligible"));
        long withdrawal = record(customer, SPECIALS, "withdrawn", now.minusSeconds(1), "unsubscribe-page");
        JsonPath answer = eligibility(SPECIALS);
        assertFalse(answer.getBoolean("eligible"));
        assertEquals(withdrawal, answer.getLong("basedOnRecordId"));
        assertEquals("The consent was withdrawn", answer.getString("reason"));
    }

    @Test
    void anOlderGrantArrivingAfterANewerWithdrawalDoesNotRevive() {
        long withdrawal = record(customer, SPECIALS, "withdrawn", now.minusSeconds(10), "unsubscribe-page");
        record(customer, SPECIALS, "granted", now.minusSeconds(60), LOGIN_PAGE);
        JsonPath answer = eligibility(SPECIALS);
        assertFalse(answer.getBoolean("eligible"));
        assertEquals(withdrawal, answer.getLong("basedOnRecordId"));
        state(SPECIALS, "withdrawn", withdrawal);
    }

    @Test
    void anOlderWithdrawalArrivingAfterANewerGrantDoesNotCancelIt() {
        long grant = record(customer, SPECIALS, "granted", now.minusSeconds(10), LOGIN_PAGE);
        record(customer, SPECIALS, "withdrawn", now.minusSeconds(60), "unsubscribe-page");
        JsonPath answer = eligibility(SPECIALS);
        assertTrue(answer.getBoolean("eligible"));
        assertEquals(grant, answer.getLong("basedOnRecordId"));
    }

    @Test
    void aGrantAfterAWithdrawalStandsAgain() {
        record(customer, SPECIALS, "granted", now.minusSeconds(30), LOGIN_PAGE);
        record(customer, SPECIALS, "withdrawn", now.minusSeconds(20), "unsubscribe-page");
        long regrant = record(customer, SPECIALS, "granted", now.minusSeconds(10), LOGIN_PAGE);
        JsonPath answer = eligibility(SPECIALS);
        assertTrue(answer.getBoolean("eligible"));
        assertEquals(regrant, answer.getLong("basedOnRecordId"));
    }

    @Test
    void aTieGoesToWithdrawalWhicheverArrivesFirst() {
        Instant same = now.minusSeconds(10);
        long withdrawal = record(customer, SPECIALS, "withdrawn", same, "unsubscribe-page");
        record(customer, SPECIALS, "granted", same, LOGIN_PAGE);
        assertFalse(eligibility(SPECIALS).getBoolean("eligible"));
        assertEquals(withdrawal, eligibility(SPECIALS).getLong("basedOnRecordId"));

        customer = ConsentFixtures.newCustomer();
        record(customer, SPECIALS, "granted", same, LOGIN_PAGE);
        long laterWithdrawal = record(customer, SPECIALS, "withdrawn", same, "unsubscribe-page");
        assertFalse(eligibility(SPECIALS).getBoolean("eligible"));
        assertEquals(laterWithdrawal, eligibility(SPECIALS).getLong("basedOnRecordId"));
    }

    @Test
    void aTimeInTheFutureIsRefusedButASmallSkewIsAccepted() {
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON)
                .body(ConsentFixtures.storefrontAction(customer, SPECIALS, "granted", now.plus(1, ChronoUnit.HOURS), LOGIN_PAGE))
                .post("/consents").andReturn(), 422);
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON)
                .body(ConsentFixtures.storefrontAction(customer, SPECIALS, "withdrawn", now.minus(400, ChronoUnit.DAYS), LOGIN_PAGE))
                .post("/consents").andReturn(), 422);
        assertEquals(0, given().get("/consents/subjects/" + customer).jsonPath().getList("findAll { it.state != 'none' }").size());

        long grant = record(customer, SPECIALS, "granted", now.plusSeconds(30), LOGIN_PAGE);
        assertEquals(grant, eligibility(SPECIALS).getLong("basedOnRecordId"));
    }

    @Test
    void aGrantWithoutTheNoticeVersionShownIsRefused() {
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("""
                {"customerId": "%s", "purpose": "%s", "action": "granted", "channel": "web", "page": "%s"}"""
                .formatted(customer, SPECIALS, LOGIN_PAGE)).post("/consents").andReturn(), 422);
        assertFalse(eligibility(SPECIALS).getBoolean("eligible"));
    }

    @Test
    void aGlobalPrivacyControlSignalOptsOutOfSaleAndSharingOnly() {
        record(customer, AFFILIATE, "granted", now.minusSeconds(30), "affiliate-landing-page");
        record(customer, SPECIALS, "granted", now.minusSeconds(30), LOGIN_PAGE);
        assertTrue(eligibility(AFFILIATE).getBoolean("eligible"));

        List<Object> recorded = given().contentType(ContentType.JSON)
                .body("{\"customerId\": \"" + customer + "\", \"at\": \"" + now.minusSeconds(5) + "\"}")
                .post("/consents/gpc").then().statusCode(201).extract().jsonPath().getList("purpose");
        assertEquals(List.of(AFFILIATE), recorded);

        JsonPath affiliate = eligibility(AFFILIATE);
        assertFalse(affiliate.getBoolean("eligible"));
        assertEquals("Opted out by a Global Privacy Control signal", affiliate.getString("reason"));
        assertEquals("gpc", affiliate.getString("source.channel"));
        assertTrue(eligibility(SPECIALS).getBoolean("eligible"), "GPC is not an opt-out of email");
    }

    @Test
    void gpcWithoutAnyEarlierGrantIsRecordedAsAStandingOptOut() {
        given().contentType(ContentType.JSON).body("{\"customerId\": \"" + customer + "\"}").post("/consents/gpc").then().statusCode(201);
        given().get("/consents/subjects/" + customer).then().statusCode(200)
                .body("find { it.purpose == 'affiliate-tracking' }.state", equalTo("withdrawn"))
                .body("find { it.purpose == 'marketing-email-specials' }.state", equalTo("none"));
    }

    @Test
    void unknownPurposeIs404ForEligibilityAnd422WhenRecorded() {
        given().get("/consents/eligibility/" + customer + "/carrier-pigeon-specials").then().statusCode(404)
                .contentType("application/problem+json");
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON)
                .body(ConsentFixtures.storefrontAction(customer, "carrier-pigeon-specials", "granted", now, LOGIN_PAGE))
                .post("/consents").andReturn(), 422);
    }

    @Test
    void reservedChannelsCannotBeSentByClients() {
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("""
                {"customerId": "%s", "purpose": "%s", "action": "withdrawn", "channel": "gpc", "page": "%s"}"""
                .formatted(customer, AFFILIATE, LOGIN_PAGE)).post("/consents").andReturn(), 422);
    }

    @Test
    void historyKeepsEveryActionWithItsProof() {
        record(customer, SPECIALS, "granted", now.minusSeconds(20), LOGIN_PAGE);
        record(customer, SPECIALS, "withdrawn", now.minusSeconds(10), "unsubscribe-page");
        given().get("/consents/subjects/" + customer).then().statusCode(200)
                .body("find { it.purpose == 'marketing-email-specials' }.state", equalTo("withdrawn"))
                .body("find { it.purpose == 'marketing-email-specials' }.source.page", equalTo("unsubscribe-page"));
    }

    @Test
    void theMailSenderRecordsEmailsSent() {
        given().contentType(ContentType.JSON).body("{\"customerId\": \"" + customer + "\", \"sentAt\": \"" + now + "\"}")
                .post("/consents/marketing-emails").then().statusCode(204);
        given().contentType(ContentType.JSON).body("{\"customerId\": \"" + customer + "\", \"sentAt\": \"" + now.plus(1, ChronoUnit.DAYS) + "\"}")
                .post("/consents/marketing-emails").then().statusCode(422).body("detail", containsString("sentAt"));
    }

    private JsonPath eligibility(String purpose) {
        return given().get("/consents/eligibility/" + customer + "/" + purpose).then().statusCode(200)
                .body("customerId", equalTo(customer)).body("purpose", equalTo(purpose)).extract().jsonPath();
    }

    private void state(String purpose, String state, long recordId) {
        JsonPath states = given().get("/consents/subjects/" + customer).then().statusCode(200).extract().jsonPath();
        assertEquals(state, states.getString("find { it.purpose == '" + purpose + "' }.state"));
        assertEquals(recordId, states.getLong("find { it.purpose == '" + purpose + "' }.recordId"));
    }
}
