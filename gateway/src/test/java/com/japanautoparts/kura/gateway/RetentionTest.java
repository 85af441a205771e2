package com.japanautoparts.kura.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.service.GatewayRetentionPlan;
import com.japanautoparts.kura.testing.MovableClock;
import com.japanautoparts.kura.testing.ProblemAssertions;
import com.japanautoparts.kura.testing.Rows;

import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The gateway's own retention: request records 24 months after the answer, batches, holds, the privacy officer's API
 * (only at /api/retention/gateway: /internal/retention is not on the public port). Access exports: ExportTest.
 */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
class RetentionTest {

    private static final Period RETENTION = Period.ofMonths(24);
    /** The gateway's own retention API, as the privacy officer reaches it (its /internal/retention is not public). */
    private static final String OWN = "/api/retention/gateway";

    @Inject
    RetentionService retention;

    @Inject
    GatewayRetentionPlan plan;

    @Inject
    MovableClock clock;

    @Inject
    DataSource dataSource;

    private StubMapping holds;

    @AfterEach
    void reset() {
        clock.reset();
        if (holds != null) {
            Downstream.server.removeStub(holds);
            holds = null;
        }
    }

    @Test
    void aFinishedRequestIsKept24MonthsAfterItsAnswerAndTheDryRunEqualsThePurge() throws SQLException {
        Instant answeredAt = clock.instant();
        UUID answered = insert("subject-kept-" + UUID.randomUUID(), "completed", answeredAt.minus(Duration.ofDays(3)), answeredAt);
        UUID open = insert("subject-open-" + UUID.randomUUID(), "failed-retrying", answeredAt.minus(Duration.ofDays(900)), null);
        Duration untilDue = Duration.between(answeredAt, answeredAt.atZone(ZoneOffset.UTC).plus(RETENTION).toInstant());

        clock.moveBy(untilDue.minusDays(1));
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertTrue(exists(answered), "24 months less a day after the answer: kept");

        clock.moveBy(Duration.ofDays(2));
        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        assertTrue(records(dryRun).count() >= 1, "due: " + dryRun);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, "test");

        assertEquals(dryRun.stream().map(DueCategory::count).toList(), purged.stream().map(DueCategory::count).toList(),
                "the dry run reports exactly what the purge deletes");
        assertFalse(exists(answered), "24 months and a day after the answer: deleted");
        assertEquals(0, count("select count(*) from dsr_step where request_id = ?", answered), "its steps went with it");
        assertTrue(exists(open), "an open request is never deleted, however old");
        assertTrue(retention.purgeLog().stream().anyMatch(e -> e.category().equals(GatewayRetentionPlan.REQUEST_RECORDS)
                && e.purgedCount() == records(purged).count() && e.actor().equals("test") && e.trigger() == PurgeTrigger.SCHEDULE));
    }

    @Test
    void requestRecordsHaveTheLaw24MonthsAsTheirMinimumUnderEitherTrigger() {
        RetentionCategory records = plan.categories().stream()
                .filter(c -> c.name().equals(GatewayRetentionPlan.REQUEST_RECORDS)).findFirst().orElseThrow();
        assertEquals(RETENTION, records.legalMinimum(), "a shorter setting stops start-up");
        assertEquals(RETENTION, records.period(PurgeTrigger.SCHEDULE));
        assertEquals(RETENTION, records.period(PurgeTrigger.STORAGE_PRESSURE));
    }

    @Test
    void storagePressureDeletesNoRequestRecordSooner() throws SQLException {
        UUID answered = insert("subject-pressure-" + UUID.randomUUID(), "completed", clock.instant(), clock.instant());
        clock.moveBy(Duration.ofDays(400));

        assertEquals(records(retention.dryRun(PurgeTrigger.SCHEDULE)).count(), records(retention.dryRun(PurgeTrigger.STORAGE_PRESSURE)).count());
        retention.purge(PurgeTrigger.STORAGE_PRESSURE, "test");
        assertTrue(exists(answered), "request records are proof of compliance: kept their full 24 months");
    }

    @Test
    void aHeldSubjectsRecordsAreKeptAndNoAnswerAboutHoldsDeletesNothing() throws SQLException {
        String subject = "subject-held-" + UUID.randomUUID();
        Instant longAgo = clock.instant().minus(Duration.ofDays(1000));
        UUID held = insert(subject, "partially-blocked", longAgo, longAgo);
        holds = Downstream.server.stubFor(get(urlPathEqualTo(Downstream.HELD_SUBJECTS)).atPriority(1)
                .willReturn(okJson("{\"heldSubjects\":[\"" + subject + "\"]}")));

        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertTrue(exists(held), "a subject under a legal hold keeps its records");

        Downstream.server.removeStub(holds);
        holds = Downstream.server.stubFor(get(urlPathEqualTo(Downstream.HELD_SUBJECTS)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        ProblemException down = assertThrows(ProblemException.class, () -> retention.purge(PurgeTrigger.SCHEDULE, "test"));
        assertEquals(503, down.status().getStatusCode());
        assertTrue(exists(held), "holds unknown: nothing deleted");

        Downstream.server.removeStub(holds);
        holds = null;
        retention.purge(PurgeTrigger.SCHEDULE, "test");
        assertFalse(exists(held), "the hold has ended: deleted");
    }

    @Test
    void purgesOneHundredThousandExpiredRequestRecordsInBatches() throws SQLException {
        String prefix = "subject-bulk-" + UUID.randomUUID() + "-";
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement requests = connection.prepareStatement("""
                    insert into dsr_request (id, subject, type, status, received_at, due_at, completed_at, outcome)
                    select gen_random_uuid(), ? || g, 'erasure', 'completed', now() - interval '3 years',
                           now() - interval '3 years' + interval '14 days', now() - interval '3 years' + interval '1 day',
                           'Erased: every service confirmed'
                    from generate_series(1, 100000) g""")) {
                requests.setString(1, prefix);
                assertEquals(100_000, requests.executeUpdate());
            }
            // A pooled connection may hold the foreign-key check's plan (dsr_step -> dsr_request) from when dsr_request had
            // a few rows: a sequential scan, which 400,000 checks against 100,000 rows would repeat for hours. Plans made again.
            try (PreparedStatement discard = connection.prepareStatement("discard plans")) {
                discard.execute();
            }
            // Steps of their own ids (negative: never one of Hibernate's), one per service as the processor writes them.
            try (PreparedStatement steps = connection.prepareStatement("""
                    insert into dsr_step (id, request_id, service, status, attempts, outcome, updated_at, completed_at)
                    select -(row_number() over ()), r.id, s.service, 'done', 1, 'erased', r.completed_at, r.completed_at
                    from dsr_request r cross join (values ('consent-service'), ('contact-service'),
                         ('disclosure-service'), ('payment-service')) s(service)
                    where r.subject like ? || '%'""")) {
                steps.setString(1, prefix);
                assertEquals(400_000, steps.executeUpdate());
            }
        }

        long started = System.nanoTime();
        DueCategory purged = records(retention.purge(PurgeTrigger.SCHEDULE, "test"));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Log.infof("Purged %d expired request records (and their steps) in %d ms", purged.count(), millis);

        assertTrue(purged.count() >= 100_000, "purged " + purged.count());
        assertEquals(0, count("select count(*) from dsr_request where subject like ? || '%'", prefix));
        assertEquals(0, count("select count(*) from dsr_step where id < 0"));
    }

    @Test
    @TestSecurity(user = "kimura-privacy", roles = Roles.PRIVACY_OFFICER)
    void thePrivacyOfficerSeesTheDryRunPurgesAndReadsThePurgeLogThroughTheApiOnly() {
        given().get(OWN + "/dry-run").then().statusCode(200)
                .body("trigger", equalTo("SCHEDULE"))
                .body("categories.category", hasItem(GatewayRetentionPlan.REQUEST_RECORDS))
                .body("categories.category", hasItem(GatewayRetentionPlan.ACCESS_EXPORTS));
        given().post(OWN + "/purge?trigger=storage-pressure").then().statusCode(200)
                .body("trigger", equalTo("STORAGE_PRESSURE"))
                .body("categories.category", hasItem(GatewayRetentionPlan.REQUEST_RECORDS));
        given().get(OWN + "/purges").then().statusCode(200)
                .body("actor", hasItem("kimura-privacy"));
        ProblemAssertions.assertProblem(given().get(OWN + "/dry-run?trigger=everything"), 400);
        ProblemAssertions.assertProblem(given().post(OWN + "/purge?trigger=now"), 400);
        // The same API at its own path is not on the public port, in no spelling, not even for the officer.
        for (String path : List.of("/internal/retention/dry-run", "/internal/retention/purges", "/./internal/retention/purges",
                "/api/../internal/retention/purges", "//internal/retention/purges", "/%69nternal/retention/purges",
                "/internal/%72etention/purges", "/internal")) {
            ProblemAssertions.assertProblem(given().urlEncodingEnabled(false).get(path), 404);
        }
        ProblemAssertions.assertProblem(given().post("/internal/retention/purge"), 404);
    }

    @Test
    @TestSecurity(user = "customer-retention", roles = Roles.CUSTOMER)
    void customersCannotPurge() {
        given().get(OWN + "/dry-run").then().statusCode(403);
        given().post(OWN + "/purge").then().statusCode(403);
        given().get(OWN + "/purges").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "sato", roles = Roles.STAFF)
    void staffCannotPurge() {
        given().post(OWN + "/purge").then().statusCode(403);
    }

    @Test
    void anonymousCallersCannotPurge() {
        given().get(OWN + "/dry-run").then().statusCode(401);
        given().post(OWN + "/purge").then().statusCode(401);
    }

    private static DueCategory records(List<DueCategory> categories) {
        return categories.stream().filter(c -> c.category().equals(GatewayRetentionPlan.REQUEST_RECORDS)).findFirst().orElseThrow();
    }

    private UUID insert(String subject, String status, Instant receivedAt, Instant completedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into dsr_request (id, subject, type, status, received_at, due_at, completed_at)
                        values (?, ?, 'erasure', ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, subject);
            insert.setString(3, status);
            insert.setObject(4, receivedAt.atOffset(ZoneOffset.UTC));
            insert.setObject(5, receivedAt.plus(Duration.ofDays(14)).atOffset(ZoneOffset.UTC));
            insert.setObject(6, completedAt == null ? null : completedAt.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.executeUpdate();
        }
        return id;
    }

    private boolean exists(UUID id) {
        return count("select count(*) from dsr_request where id = ?", id) == 1;
    }

    private long count(String sql, Object... parameters) {
        return Rows.count(dataSource, sql, parameters);
    }
}
