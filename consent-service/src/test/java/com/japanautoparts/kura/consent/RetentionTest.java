package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.AFFILIATE;
import static com.japanautoparts.kura.consent.ConsentFixtures.LOGIN_PAGE;
import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.ConsentActionDto;
import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.api.ConsentRecordDto;
import com.japanautoparts.kura.consent.domain.ConsentSubject;
import com.japanautoparts.kura.consent.service.ConsentRetentionPlan;
import com.japanautoparts.kura.consent.service.ConsentService;
import com.japanautoparts.kura.testing.LegalHoldStub;
import com.japanautoparts.kura.testing.MovableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Retention (common's RetentionService over ConsentRetentionPlan): superseded consent proof goes 3 years after its last
 * use, suppression never, held subjects never; erased subjects' entries lose what is no longer needed. The erase hook
 * asks the legal-hold service first. The stub is global, so every test class shares one application.
 */
@QuarkusTest
@WithTestResource(value = LegalHoldStub.class, scope = TestResourceScope.GLOBAL)
class RetentionTest {

    @Inject
    RetentionService retention;

    @Inject
    ConsentService consents;

    @Inject
    MovableClock clock;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @AfterEach
    void reset() {
        clock.reset();
        LegalHoldStub.reset();
        circuitBreakers.resetAll();
    }

    @Test
    void supersededProofGoesThreeYearsAfterItsLastUseSuppressionAndHeldSubjectsNever() {
        String recent = ConsentFixtures.newCustomer();
        String customer = ConsentFixtures.newCustomer();
        // Written three years less a day and three years and a day ago (the database judges age by its own clock, so
        // records are made old rather than the clock moved on).
        writtenAt(threeYearsAgo().plus(Duration.ofDays(1)), now -> history(recent, now));
        List<Long> suppression = writtenAt(threeYearsAgo().minus(Duration.ofDays(1)), now -> history(customer, now));
        writtenAt(threeYearsAgo().minus(Duration.ofDays(1)), now -> history(LegalHoldStub.HELD, now));
        int heldBefore = consents.history(LegalHoldStub.HELD).size();

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        assertTrue(count(dryRun, ConsentRetentionPlan.CONSENT_PROOF) >= 2);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, "test");

        assertEquals(dryRun.stream().map(DueCategory::count).toList(), purged.stream().map(DueCategory::count).toList(),
                "the dry run reports exactly what the purge deletes");
        assertEquals(4, consents.history(recent).size(), "nothing of the customer is older than 3 years yet");
        assertEquals(suppression, consents.history(customer).stream().map(ConsentRecordDto::id).sorted().toList(),
                "only the standing opt-outs (suppression) are left");
        assertEquals(heldBefore, consents.history(LegalHoldStub.HELD).size(), "a held subject keeps everything");
        assertTrue(retention.purgeLog().stream().anyMatch(r -> r.category().equals(ConsentRetentionPlan.CONSENT_PROOF)
                && r.purgedCount() == count(purged, ConsentRetentionPlan.CONSENT_PROOF)));

        clock.moveBy(Duration.ofDays(3650));
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(suppression, consents.history(customer).stream().map(ConsentRecordDto::id).sorted().toList(),
                "suppression is never purged");
    }

    @Test
    void theHoldServiceDownMeansNoPurge() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String customer = ConsentFixtures.newCustomer();
        history(customer, now);
        clock.moveBy(threeYearsFrom(now).plusDays(1));
        LegalHoldStub.down();

        ProblemException refused = assertThrows(ProblemException.class, () -> retention.purge(PurgeTrigger.SCHEDULE, "test"));
        assertEquals(503, refused.status().getStatusCode());
        assertThrows(ProblemException.class, () -> retention.dryRun(PurgeTrigger.SCHEDULE));
        assertEquals(4, consents.history(customer).size(), "nothing is purged blindly");
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void aHeldSubjectIsNotErased() {
        grant(LegalHoldStub.HELD, SPECIALS, Instant.now(clock).minusSeconds(5));
        int before = consents.history(LegalHoldStub.HELD).size();
        given().post("/internal/subjects/" + LegalHoldStub.HELD + "/erase").then().statusCode(200)
                .body("service", equalTo("consent-service"))
                .body("$", not(hasKey("customerId")))
                .body("$", not(hasKey("retained")))
                .body("outcome", equalTo("blocked-legal-hold"))
                .body("reason", equalTo(LegalHoldStub.HOLD_DESCRIPTION));
        assertEquals(before, consents.history(LegalHoldStub.HELD).size(), "nothing changed");
        given().get("/internal/subjects/" + LegalHoldStub.HELD + "/export").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { LegalHoldStub.HOLDS_DOWN, LegalHoldStub.HOLDS_RESET })
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void theHoldServiceUnreachableMeans503AndNothingChanged(String customer) {
        grant(customer, AFFILIATE, Instant.now(clock).minusSeconds(5));
        List<ConsentRecordDto> before = consents.history(customer);
        given().post("/internal/subjects/" + customer + "/erase").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30");
        assertEquals(before, consents.history(customer), "nothing changed");
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void privacyOfficerSeesTheDryRunPurgesAndTheLog() {
        given().get("/internal/retention/dry-run").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"))
                .body("categories.category", hasItem(ConsentRetentionPlan.CONSENT_PROOF))
                .body("categories.category", hasItem(ConsentRetentionPlan.ACKNOWLEDGEMENTS))
                .body("categories.category", hasItem(ConsentRetentionPlan.ERASED_SUBJECTS));
        given().post("/internal/retention/purge?trigger=schedule").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"));
        given().get("/internal/retention/purges").then().statusCode(200)
                .body("actor", hasItem("kimura-privacy"));
        given().get("/internal/retention/dry-run?trigger=everything").then().statusCode(400)
                .contentType("application/problem+json");
        given().post("/internal/retention/purge?trigger=1").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void erasedSubjectsEntriesLoseTheLastEmailOnceTheProofWentAndGoWhenNoRecordIsLeft() {
        String erasedWithProof = ConsentFixtures.newCustomer();
        String erasedLongAgo = ConsentFixtures.newCustomer();
        erasedAfterAnEmail(erasedWithProof, Instant.now(clock));
        writtenAt(threeYearsAgo().minus(Duration.ofDays(1)), now -> erasedAfterAnEmail(erasedLongAgo, now));
        Instant now = Instant.now(clock);
        String empty = ConsentFixtures.newCustomer();
        String heldEmpty = ConsentFixtures.newCustomer();
        QuarkusTransaction.requiringNew().run(() -> {
            erasedEntry(empty, now);
            erasedEntry(heldEmpty, now);
        });
        LegalHoldStub.hold(heldEmpty, "Investigation");

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertEquals(count(dryRun, ConsentRetentionPlan.ERASED_SUBJECTS), count(purged, ConsentRetentionPlan.ERASED_SUBJECTS));
        assertTrue(count(purged, ConsentRetentionPlan.ERASED_SUBJECTS) >= 2);
        assertTrue(entry(erasedWithProof).lastMarketingEmailAt != null, "inside the proof window the time of the last email stays");
        assertEquals(2, consents.history(erasedWithProof).size(), "and so does the proof");
        assertNull(entry(empty), "an erased subject's entry with no record left goes");
        assertTrue(entry(heldEmpty) != null, "a held subject's entry stays");

        ConsentSubject after = entry(erasedLongAgo);
        assertNull(after.lastMarketingEmailAt, "the proof window closed: the time of the last email goes with the proof");
        assertTrue(after.erasedAt != null, "the entry stays, still marked erased, while its opt-out is kept");
        List<ConsentRecordDto> left = consents.history(erasedLongAgo);
        assertEquals(1, left.size(), "only the erasure's withdrawal (suppression) is left");
        assertEquals(ConsentAction.WITHDRAWN, left.get(0).action());
        given().get("/internal/subjects/" + erasedLongAgo + "/export").then().statusCode(200)
                .body("$", not(hasKey("lastMarketingEmailAt")));
    }

    @Test
    @TestSecurity(user = "customer-retention", roles = Roles.CUSTOMER)
    void customersCannotReachRetention() {
        refused();
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void theStorefrontCannotReachRetention() {
        refused();
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void theDsrCoordinatorCannotReachRetention() {
        refused();
    }

    private static void refused() {
        given().get("/internal/retention/dry-run").then().statusCode(403);
        given().post("/internal/retention/purge").then().statusCode(403);
        given().get("/internal/retention/purges").then().statusCode(403);
    }

    /** Runs with the clock set to the given time, then puts it back; returns what the writes return. */
    private <T> T writtenAt(Instant when, Function<Instant, T> writes) {
        clock.moveBy(Duration.between(Instant.now(clock), when));
        try {
            return writes.apply(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        } finally {
            clock.reset();
        }
    }

    /** Three calendar years ago. */
    private static Instant threeYearsAgo() {
        return Instant.now().atZone(ZoneOffset.UTC).minusYears(3).toInstant();
    }

    /** An opt-in, a marketing email under it, and the customer's erasure, at about {@code now}: the opt-in is kept as proof. */
    private String erasedAfterAnEmail(String customer, Instant now) {
        grant(customer, SPECIALS, now.minusSeconds(60));
        consents.recordMarketingEmail(customer, now.minusSeconds(30));
        given().post("/internal/subjects/" + customer + "/erase").then().statusCode(200).body("outcome", equalTo("suppression-kept"));
        return customer;
    }

    /** From {@code from}, three calendar years ahead (1095 or 1096 days). */
    private static Duration threeYearsFrom(Instant from) {
        return Duration.between(from, from.atZone(ZoneOffset.UTC).plusYears(3).toInstant());
    }

    private static long count(List<DueCategory> categories, String category) {
        return categories.stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow().count();
    }

    private static ConsentSubject entry(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ConsentSubject.<ConsentSubject> findById(subject));
    }

    /** An erased subject whose entry was left without any record (only the purge cleans such an entry up). */
    private static void erasedEntry(String subject, Instant now) {
        ConsentSubject entry = new ConsentSubject();
        entry.subject = subject;
        entry.firstSeenAt = now;
        entry.erasedAt = now;
        entry.persist();
    }

    /** AFFILIATE granted then withdrawn; SPECIALS granted, emailed, withdrawn. Returns the two withdrawals' ids, sorted. */
    private List<Long> history(String customer, Instant now) {
        grant(customer, AFFILIATE, now.minusSeconds(60));
        ConsentRecordDto affiliateOut = withdraw(customer, AFFILIATE, now.minusSeconds(50));
        grant(customer, SPECIALS, now.minusSeconds(40));
        consents.recordMarketingEmail(customer, now.minusSeconds(30));
        ConsentRecordDto specialsOut = withdraw(customer, SPECIALS, now.minusSeconds(20));
        return List.of(affiliateOut.id(), specialsOut.id()).stream().sorted().toList();
    }

    private ConsentRecordDto grant(String customer, String purpose, Instant at) {
        return consents.record(customer, purpose, ConsentAction.GRANTED, new ConsentActionDto(at, "web", LOGIN_PAGE, "notice-v1", null),
                "test").orElseThrow();
    }

    private ConsentRecordDto withdraw(String customer, String purpose, Instant at) {
        return consents.record(customer, purpose, ConsentAction.WITHDRAWN, new ConsentActionDto(at, "web", "unsubscribe-page", null, null),
                "test").orElseThrow();
    }
}
