package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.AFFILIATE;
import static com.japanautoparts.kura.consent.ConsentFixtures.LOGIN_PAGE;
import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.ConsentActionDto;
import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.api.ConsentRecordDto;
import com.japanautoparts.kura.consent.api.SubjectExportDto;
import com.japanautoparts.kura.consent.domain.ConsentSubject;
import com.japanautoparts.kura.consent.service.ConsentRetentionPlan;
import com.japanautoparts.kura.consent.service.ConsentService;
import com.japanautoparts.kura.consent.service.PolicyService;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

/**
 * Export and erasure for the gateway's DSR coordinator (common's hooks over ConsentSubjectData). Erasure keeps only
 * suppression (opt-out) records and, for three years after the last marketing email, the opt-in proof, and says so in
 * {@code retained}; it is idempotent.
 */
@QuarkusTest
@TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
class SubjectHooksTest {

    @Inject
    ConsentService consents;

    @Inject
    PolicyService policies;

    @Inject
    RetentionService retention;

    @Inject
    ObjectMapper json;

    private String customer;
    private Instant now;

    @BeforeEach
    void freshCustomer() {
        customer = ConsentFixtures.newCustomer();
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Test
    void exportHoldsStatesHistoryAndAcknowledgements() {
        grant(SPECIALS, now.minusSeconds(30), LOGIN_PAGE);
        given().get("/internal/subjects/" + customer + "/export").then().statusCode(200)
                .body("service", equalTo("consent-service"))
                .body("customerId", equalTo(customer))
                .body("history", hasSize(1))
                .body("history[0].source.page", equalTo(LOGIN_PAGE))
                .body("consents.find { it.purpose == 'marketing-email-specials' }.state", equalTo("granted"));
        given().get("/internal/subjects/nobody-known/export").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theExportWrittenAPageAtATimeIsTheWholeDocumentByteForByte() throws JsonProcessingException {
        // A ledger of several pages (two records a page in tests), a page name in kana, an acknowledgement, a last email.
        grant(SPECIALS, now.minusSeconds(60), "ログインページ");
        withdraw(SPECIALS, now.minusSeconds(50));
        grant(SPECIALS, now.minusSeconds(40), LOGIN_PAGE);
        grant(AFFILIATE, now.minusSeconds(30), "affiliate-landing-page");
        withdraw(AFFILIATE, now.minusSeconds(20));
        policies.current().ifPresent(current -> policies.acknowledge(customer, current.version()));
        consents.recordMarketingEmail(customer, now.minusSeconds(10));

        SubjectExportDto whole = new SubjectExportDto("consent-service", customer, consents.states(customer), consents.history(customer),
                policies.acknowledgements(customer), entry().lastMarketingEmailAt);
        String body = given().get("/internal/subjects/" + customer + "/export").then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertEquals(json.writeValueAsString(whole), body);
        assertEquals(5, whole.history().size());
        assertEquals("ログインページ", json.readTree(body).at("/history/0/source/page").asText());

        // Without a last email, the field is left out, as it was.
        QuarkusTransaction.requiringNew().run(() -> ConsentSubject.<ConsentSubject> findById(customer).lastMarketingEmailAt = null);
        given().get("/internal/subjects/" + customer + "/export").then().statusCode(200).body("$", not(hasKey("lastMarketingEmailAt")));
    }

    @Test
    void anOptInWithoutEmailsSentIsErasedCompletely() {
        grant(SPECIALS, now.minusSeconds(30), LOGIN_PAGE);
        grant(AFFILIATE, now.minusSeconds(30), "affiliate-landing-page");
        policies.current().ifPresent(current -> policies.acknowledge(customer, current.version()));

        erase("erased").body("$", not(hasKey("retained")));
        erase("erased").body("$", not(hasKey("retained")));
        given().get("/internal/subjects/" + customer + "/export").then().statusCode(404);
        assertTrue(consents.history(customer).isEmpty());
        assertTrue(policies.acknowledgements(customer).isEmpty());
        assertFalse(consents.eligibility(customer, SPECIALS).orElseThrow().eligible());
    }

    @Test
    void aStandingOptOutIsKeptAsSuppressionAndNothingElse() {
        grant(SPECIALS, now.minusSeconds(30), LOGIN_PAGE);
        ConsentRecordDto withdrawal = withdraw(SPECIALS, now.minusSeconds(20));
        grant(AFFILIATE, now.minusSeconds(30), "affiliate-landing-page");

        keptOnlyOptOuts(erase("suppression-kept"));
        List<ConsentRecordDto> kept = consents.history(customer);
        assertEquals(List.of(withdrawal.id()), kept.stream().map(ConsentRecordDto::id).toList());
        keptOnlyOptOuts(erase("suppression-kept"));
        assertEquals(1, consents.history(customer).size());
        assertFalse(consents.eligibility(customer, SPECIALS).orElseThrow().eligible());
    }

    @Test
    void optInProofIsKeptForThreeYearsAfterTheLastEmailButNeverMakesEligibleAgain() {
        ConsentRecordDto optIn = grant(SPECIALS, now.minusSeconds(60), LOGIN_PAGE);
        grant(AFFILIATE, now.minusSeconds(60), "affiliate-landing-page");
        consents.recordMarketingEmail(customer, now.minusSeconds(30));
        assertTrue(consents.eligibility(customer, SPECIALS).orElseThrow().eligible());

        keptOptOutsAndOptInProof(erase("suppression-kept"));
        List<ConsentRecordDto> kept = consents.history(customer);
        assertEquals(2, kept.size(), "the opt-in proof and the withdrawal erasure appended");
        assertEquals(optIn.id(), kept.get(0).id());
        assertEquals("withdrawn", kept.get(1).action().name().toLowerCase(Locale.ROOT));
        assertEquals("dsr", kept.get(1).source().channel());
        assertEquals("erasure", kept.get(1).source().page());
        assertEquals(Roles.DSR_COORDINATOR + ":gateway", kept.get(1).recordedBy(), "the coordinator's identity, as Caller.actingAs says");
        assertFalse(consents.eligibility(customer, SPECIALS).orElseThrow().eligible());

        keptOptOutsAndOptInProof(erase("suppression-kept"));
        assertEquals(kept, consents.history(customer), "a repeated erasure changes nothing");
        given().get("/internal/subjects/" + customer + "/export").then().statusCode(200).body("history", hasSize(2));
    }

    @Test
    void afterThreeYearsOnlyTheSuppressionRecordRemains() {
        grant(SPECIALS, now.minusSeconds(60), LOGIN_PAGE);
        ConsentRecordDto withdrawal = withdraw(SPECIALS, now.minusSeconds(10));
        consents.recordMarketingEmail(customer, now.minusSeconds(30));
        lastEmailBeyondThreeYears();

        keptOnlyOptOuts(erase("suppression-kept"));
        assertEquals(List.of(withdrawal.id()), consents.history(customer).stream().map(ConsentRecordDto::id).toList());
        given().get("/internal/subjects/" + customer + "/export").then().statusCode(200)
                .body("$", not(hasKey("lastMarketingEmailAt")));
    }

    @Test
    void theScheduledPurgeDropsProofOnceTheThreeYearsHavePassed() {
        grant(SPECIALS, now.minusSeconds(60), LOGIN_PAGE);
        consents.recordMarketingEmail(customer, now.minusSeconds(30));
        erase("suppression-kept");
        assertEquals(2, consents.history(customer).size(), "proof kept while the window is open");
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(2, consents.history(customer).size(), "the purge leaves proof inside the window alone");

        lastEmailBeyondThreeYears();
        assertTrue(purged(retention.purge(PurgeTrigger.SCHEDULE, "test"), ConsentRetentionPlan.CONSENT_PROOF) >= 1);
        List<ConsentRecordDto> left = consents.history(customer);
        assertEquals(1, left.size());
        assertEquals("dsr", left.get(0).source().channel());
        given().get("/internal/subjects/" + customer + "/export").then().statusCode(200)
                .body("$", not(hasKey("lastMarketingEmailAt")));
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(left, consents.history(customer), "nothing left to purge for this subject: the suppression record stays");
    }

    @Test
    void anActionDatedBeforeTheErasureIsNeverRecordedAfterIt() {
        grant(SPECIALS, now.minusSeconds(60), LOGIN_PAGE);
        withdraw(SPECIALS, now.minusSeconds(30));
        erase("suppression-kept");
        // A delayed batch carrying an opt-in given before the erasure: refused, so it cannot revive what was erased.
        ProblemException refused = assertThrows(ProblemException.class, () -> grant(SPECIALS, now.minusSeconds(1), LOGIN_PAGE));
        assertEquals(409, refused.status().getStatusCode());
        assertEquals(1, consents.history(customer).size());
        assertTrue(entry().erased(), "still erased: nothing new was recorded");
        ProblemException email = assertThrows(ProblemException.class, () -> consents.recordMarketingEmail(customer, null));
        assertEquals(409, email.status().getStatusCode(), "no marketing email may go to an erased customer");
    }

    /**
     * A customer who was erased comes back and opts in again on the Account Login page: the grant is recorded and makes
     * them eligible; the kept records still prove the earlier opt-in, its withdrawal by the erasure, and when the
     * erasure was. A second erasure treats them like anyone else.
     */
    @Test
    void aCustomerWhoComesBackAndOptsInAgainIsEligibleWhileTheSuppressionStillProvesTheErasure() {
        ConsentRecordDto optIn = grant(SPECIALS, now.minusSeconds(60), LOGIN_PAGE);
        consents.recordMarketingEmail(customer, now.minusSeconds(30));
        keptOptOutsAndOptInProof(erase("suppression-kept"));
        ConsentSubject erased = entry();
        assertTrue(erased.erased());
        assertFalse(consents.eligibility(customer, SPECIALS).orElseThrow().eligible());

        ConsentRecordDto again = grant(SPECIALS, null, LOGIN_PAGE);
        var eligibility = consents.eligibility(customer, SPECIALS).orElseThrow();
        assertTrue(eligibility.eligible(), "the new opt-in stands");
        assertEquals(again.id(), eligibility.basedOnRecordId(), "and the answer names it");

        List<ConsentRecordDto> history = consents.history(customer);
        assertEquals(List.of(optIn.id(), again.id()), List.of(history.get(0).id(), history.get(2).id()));
        assertEquals("erasure", history.get(1).source().page(), "the withdrawal the erasure appended is still there");
        ConsentSubject back = entry();
        assertEquals(erased.erasedAt, back.erasedAt, "the time of the erasure is still proven");
        assertTrue(back.returnedAt != null && !back.erased(), "the customer is back");
        consents.recordMarketingEmail(customer, null);

        keptOptOutsAndOptInProof(erase("suppression-kept"));
        assertFalse(consents.eligibility(customer, SPECIALS).orElseThrow().eligible(), "erased again: suppressed again");
        ConsentSubject erasedAgain = entry();
        assertTrue(erasedAgain.erased() && erasedAgain.erasedAt.isAfter(erased.erasedAt), "from the second erasure on");
    }

    private ConsentSubject entry() {
        return QuarkusTransaction.requiringNew().call(() -> ConsentSubject.<ConsentSubject> findById(customer));
    }

    private ValidatableResponse erase(String outcome) {
        return given().post("/internal/subjects/" + customer + "/erase").then().statusCode(200)
                .body("service", equalTo("consent-service"))
                .body("$", not(hasKey("customerId")))
                .body("$", not(hasKey("reason")))
                .body("outcome", equalTo(outcome));
    }

    private static void keptOnlyOptOuts(ValidatableResponse answer) {
        answer.body("retained", hasSize(1))
                .body("retained[0].what", containsString("withdrawal"))
                .body("retained[0].legalReason", containsString("proof of opt-out"));
    }

    private static void keptOptOutsAndOptInProof(ValidatableResponse answer) {
        answer.body("retained", hasSize(2))
                .body("retained[0].legalReason", containsString("proof of opt-out"))
                .body("retained[1].what", containsString("opt-in records up to the last marketing email"))
                .body("retained[1].legalReason", containsString("proof of consent while a claim about an email sent under it can still arise"));
    }

    /** The last marketing email was sent a day more than three (calendar) years ago: its proof window has closed. */
    private void lastEmailBeyondThreeYears() {
        Instant beyond = now.atZone(ZoneOffset.UTC).minusYears(3).minusDays(1).toInstant();
        QuarkusTransaction.requiringNew().run(() -> ConsentSubject.<ConsentSubject> findById(customer).lastMarketingEmailAt = beyond);
    }

    private static long purged(List<DueCategory> categories, String category) {
        return categories.stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow().count();
    }

    private ConsentRecordDto grant(String purpose, Instant at, String page) {
        return consents.record(customer, purpose, ConsentAction.GRANTED, new ConsentActionDto(at, "web", page, "notice-v1", "Mozilla/5.0"),
                "test").orElseThrow();
    }

    private ConsentRecordDto withdraw(String purpose, Instant at) {
        return consents.record(customer, purpose, ConsentAction.WITHDRAWN, new ConsentActionDto(at, "web", "unsubscribe-page", null, null),
                "test").orElseThrow();
    }
}
