package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.NewCaseDto;
import com.japanautoparts.kura.disclosure.api.NewLegalHoldDto;
import com.japanautoparts.kura.disclosure.domain.DisclosureCase;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LegalHold;
import com.japanautoparts.kura.disclosure.domain.LegalHoldEvent;
import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.service.CaseService;
import com.japanautoparts.kura.disclosure.service.DisclosureRetentionPlan;
import com.japanautoparts.kura.disclosure.service.LedgerDraft;
import com.japanautoparts.kura.disclosure.service.LedgerService;
import com.japanautoparts.kura.disclosure.service.LegalHoldService;
import com.japanautoparts.kura.disclosure.domain.CaseType;
import com.japanautoparts.kura.disclosure.domain.HoldReason;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.testing.DatabaseRoles;
import com.japanautoparts.kura.testing.MovableClock;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * Retention of the ledger, closed cases and ended holds (disclosure-service's plan, run by common's retention
 * service), with the clock moved back to write old records (the database guard judges age by the database's own
 * clock, so records are made old rather than the clock moved on). Each test starts with an empty ledger in a schema of
 * its own ({@link RetentionProfile}).
 */
@QuarkusTest
@TestProfile(RetentionProfile.class)
@TestSecurity(user = RetentionTest.OFFICER, roles = Roles.PRIVACY_OFFICER)
class RetentionTest {

    static final String OFFICER = "officer-tanaka";
    static final String PLACER = "officer-placer";

    @Inject
    RetentionService retention;

    @Inject
    LedgerService ledger;

    @Inject
    LegalHoldService holds;

    @Inject
    CaseService cases;

    @Inject
    MovableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry metrics;

    Recipient carrier;

    @BeforeEach
    void anEmptyLedger() throws SQLException {
        clock.reset();
        RetentionProfile.freshLedger();
        Fixtures.registerRecipients();
        carrier = Recipient.findById(Fixtures.CARRIER_A);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void ledgerRowsGoThreeYearsAfterTheyWereWrittenAndTheRestStillVerifies() {
        LedgerEntry old = append(pastRetention(), Fixtures.unique("cust"));
        LedgerEntry young = append(withinRetention(), Fixtures.unique("cust"));
        LedgerEntry today = ledger.append(draft(Fixtures.unique("cust")));
        double metricBefore = purgedMetric(DisclosureRetentionPlan.LEDGER, PurgeTrigger.SCHEDULE);

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);

        assertEquals(counts(dryRun), counts(purged), "the dry run reports exactly what the purge deletes");
        assertEquals(1, counts(purged).get(DisclosureRetentionPlan.LEDGER));
        assertNull(LedgerEntry.findById(old.id), "three years and a day old: gone");
        assertNotNull(LedgerEntry.findById(young.id), "three years less a day old: kept");
        assertNotNull(LedgerEntry.findById(today.id));
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("rowsChecked", equalTo(2))
                .body("firstBrokenRowId", nullValue())
                .body("purgedRows", equalTo(1))
                .body("anchorHash", equalTo(old.hash));

        PurgeLogEntry logged = retention.purgeLog().stream().filter(e -> e.category().equals(DisclosureRetentionPlan.LEDGER))
                .findFirst().orElseThrow();
        assertEquals(1, logged.purgedCount());
        assertEquals(OFFICER, logged.actor());
        assertEquals(PurgeTrigger.SCHEDULE, logged.trigger());
        assertEquals(metricBefore + 1, purgedMetric(DisclosureRetentionPlan.LEDGER, PurgeTrigger.SCHEDULE));

        assertEquals(0, counts(retention.purge(PurgeTrigger.SCHEDULE, OFFICER)).get(DisclosureRetentionPlan.LEDGER),
                "nothing else is three years old yet");
        ledger.append(draft(Fixtures.unique("cust")));
        given().get("/disclosures/ledger/verify").then().body("valid", equalTo(true)).body("rowsChecked", equalTo(3));
    }

    @Test
    void afterAPurgeVerificationStillNamesAnEditedRow() throws SQLException {
        append(pastRetention(), Fixtures.unique("cust"));
        LedgerEntry kept = append(withinRetention(), Fixtures.unique("cust"));
        ledger.append(draft(Fixtures.unique("cust")));
        retention.purge(PurgeTrigger.SCHEDULE, OFFICER);

        tamper(kept.id);
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenRowId", equalTo(kept.id.intValue()))
                .body("purgedRows", equalTo(1));
    }

    @Test
    void anEditedRowIsKeptAsEvidenceAndStopsThePurge() throws SQLException {
        append(pastRetention(), Fixtures.unique("cust"));
        LedgerEntry edited = append(pastRetention(), Fixtures.unique("cust"));
        LedgerEntry after = append(pastRetention(), Fixtures.unique("cust"));
        tamper(edited.id);

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);

        assertEquals(counts(dryRun), counts(purged));
        assertEquals(1, counts(purged).get(DisclosureRetentionPlan.LEDGER), "only the row before the edited one");
        assertNotNull(LedgerEntry.findById(edited.id));
        assertNotNull(LedgerEntry.findById(after.id));
        given().get("/disclosures/ledger/verify").then().body("valid", equalTo(false))
                .body("firstBrokenRowId", equalTo(edited.id.intValue()));
    }

    @Test
    void theDatabaseRefusesEveryChangeButThePurgeOfTheOldestExpiredRows() throws SQLException {
        LedgerEntry oldest = append(pastRetention(), Fixtures.unique("cust"));
        LedgerEntry second = append(pastRetention(), Fixtures.unique("cust"));
        LedgerEntry young = append(withinRetention(), Fixtures.unique("cust"));

        // The service's own role has no privilege to change the ledger or the anchor at all.
        for (String change : List.of("delete from ledger_entry where id = " + oldest.id,
                "update ledger_entry set actor = 'someone' where id = " + oldest.id, "truncate ledger_entry",
                "update ledger_anchor set last_purged_id = 1, purged_count = 1", "delete from ledger_anchor")) {
            assertTrue(refused(DatabaseRoles::application, false, change).contains("permission denied"), change);
        }
        // Its one way to delete is the owner's purge function, which keeps its own rules.
        assertTrue(refused(DatabaseRoles::application, false, "select ledger_purge_oldest(0, " + young.id + ")")
                .contains("younger than the legal minimum"));
        assertTrue(refused(DatabaseRoles::application, false, "select ledger_purge_oldest(1, " + second.id + ")")
                .contains("the chain starts after row 0"));
        // The owner may delete, but the guard still lets only the purge of the oldest expired rows through.
        assertTrue(refused(DatabaseRoles::owner, false, "delete from ledger_entry where id = " + oldest.id).contains("append-only"),
                "an ordinary DELETE fails, however old the row");
        assertTrue(refused(DatabaseRoles::owner, true, "delete from ledger_entry where id = " + second.id)
                .contains("oldest rows without gaps"));
        assertTrue(refused(DatabaseRoles::owner, true, "delete from ledger_entry where id <= " + young.id)
                .contains("younger than the legal minimum"));
        assertTrue(refused(DatabaseRoles::owner, true, "update ledger_entry set actor = 'someone' where id = " + oldest.id)
                .contains("append-only"));
        assertTrue(refused(DatabaseRoles::owner, true, "truncate ledger_entry").contains("append-only"));
        assertTrue(refused(DatabaseRoles::owner, true, "update ledger_anchor set last_purged_id = 1, purged_count = 1")
                .contains("moves only with a ledger purge"));
        assertTrue(refused(DatabaseRoles::owner, true, "delete from ledger_anchor").contains("moves only with a ledger purge"));
        assertEquals(3, LedgerEntry.count());

        try (Connection connection = DatabaseRoles.application(); Statement sql = connection.createStatement()) {
            try (ResultSet purged = sql.executeQuery("select ledger_purge_oldest(0, " + oldest.id + ")")) {
                purged.next();
                assertEquals(1, purged.getInt(1));
            }
            try (ResultSet anchor = sql.executeQuery("select last_purged_id, last_purged_hash, purged_count from ledger_anchor")) {
                anchor.next();
                assertEquals(oldest.id, anchor.getLong(1), "the database moves the anchor with the purge");
                assertEquals(oldest.hash, anchor.getString(2));
                assertEquals(1, anchor.getLong(3));
            }
        }
        given().get("/disclosures/ledger/verify").then().body("valid", equalTo(true)).body("purgedRows", equalTo(1));
    }

    @Test
    void aRowOfASubjectUnderALegalHoldIsNotPurgedEvenThroughThePurgeFunction() throws SQLException {
        String held = Fixtures.unique("held");
        append(pastRetention(), held);
        holdUntil(held, Instant.now().plus(Duration.ofDays(30)));
        assertTrue(refused(DatabaseRoles::application, false, "select ledger_purge_oldest(0, 1)").contains("legal hold"));
        assertEquals(1, LedgerEntry.count());
    }

    @Test
    void rowsOfAHeldSubjectStopThePurgeUntilTheHoldIsReleased() {
        String held = Fixtures.unique("held");
        LedgerEntry first = append(pastRetention(), Fixtures.unique("cust"));
        LedgerEntry bulk = at(pastRetention(), () -> ledger.append(LedgerDraft.disclosedInBulk(
                Recipient.findById(Fixtures.ACQUIRER), List.of(Fixtures.unique("cust"), held), "case:999",
                List.of("user.name"), "business-transfer", LegalBasis.BUSINESS_TRANSFER, "Merger agreement 2023-01", OFFICER)));
        LedgerEntry heldRow = append(pastRetention(), held);
        LedgerEntry after = append(pastRetention(), Fixtures.unique("cust"));
        ledger.append(draft(Fixtures.unique("cust")));
        long hold = holds.place(new NewLegalHoldDto(List.of(held), HoldReason.LITIGATION, "Court case about a disputed delivery",
                Instant.now().plus(Duration.ofDays(365))), PLACER).id();

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);

        assertEquals(counts(dryRun), counts(purged));
        assertEquals(1, counts(purged).get(DisclosureRetentionPlan.LEDGER), "the purge stops at the bulk row that lists the held subject");
        assertNull(LedgerEntry.findById(first.id));
        assertNotNull(LedgerEntry.findById(bulk.id));
        assertNotNull(LedgerEntry.findById(heldRow.id));
        assertNotNull(LedgerEntry.findById(after.id));
        given().get("/disclosures/ledger/verify").then().body("valid", equalTo(true)).body("purgedRows", equalTo(1));

        holds.release(hold, OFFICER);
        assertEquals(3, counts(retention.purge(PurgeTrigger.SCHEDULE, OFFICER)).get(DisclosureRetentionPlan.LEDGER));
        given().get("/disclosures/ledger/verify").then().body("valid", equalTo(true)).body("purgedRows", equalTo(4));
    }

    @Test
    void storagePressureDeletesNothingSoonerThanTheSchedule() {
        LedgerEntry old = append(pastRetention(), Fixtures.unique("cust"));
        LedgerEntry young = append(withinRetention(), Fixtures.unique("cust"));
        long recentlyRejected = at(withinRetention(), () -> rejectedCase(Fixtures.unique("cust")));
        long recentlyEnded = at(withinRetention().minus(Duration.ofDays(30)),
                () -> holdUntil(Fixtures.unique("cust"), withinRetention()));

        Map<String, Long> schedule = counts(retention.dryRun(PurgeTrigger.SCHEDULE));
        Map<String, Long> pressure = counts(retention.dryRun(PurgeTrigger.STORAGE_PRESSURE));
        assertEquals(schedule, pressure, "every category here has a legal minimum");

        List<DueCategory> purged = retention.purge(PurgeTrigger.STORAGE_PRESSURE, OFFICER);
        assertEquals(pressure, counts(purged));
        assertEquals(1, counts(purged).get(DisclosureRetentionPlan.LEDGER));
        assertNull(LedgerEntry.findById(old.id));
        assertNotNull(LedgerEntry.findById(young.id));
        assertNotNull(DisclosureCase.findById(recentlyRejected));
        assertNotNull(LegalHold.findById(recentlyEnded));
        assertTrue(retention.purgeLog().stream().allMatch(e -> e.trigger() == PurgeTrigger.STORAGE_PRESSURE
                && e.actor().equals(OFFICER)));
    }

    /** Cases are purged before the ledger: a case goes in the run after the one that took its last ledger row. */
    @Test
    void closedCasesGoThreeYearsAfterClosingUnlessHeldOrStillInTheLedger() {
        String alice = Fixtures.unique("alice");
        String bob = Fixtures.unique("bob");
        String held = Fixtures.unique("held");
        UpstreamStubs.contact(alice);
        UpstreamStubs.contact(bob);
        long executedEarly = at(pastRetention(), () -> executedCase(alice));
        ledger.append(draft(Fixtures.unique("cust")));
        long executedBehind = at(pastRetention(), () -> executedCase(bob));
        long rejectedOld = at(pastRetention(), () -> rejectedCase(Fixtures.unique("cust")));
        long rejectedRecently = at(withinRetention(), () -> rejectedCase(Fixtures.unique("cust")));
        long rejectedHeld = at(pastRetention(), () -> rejectedCase(held));
        long neverDecided = at(pastRetention(), () -> openCase(Fixtures.unique("cust")));
        holds.place(new NewLegalHoldDto(List.of(held), HoldReason.INVESTIGATION, "Fraud investigation",
                Instant.now().plus(Duration.ofDays(30))), PLACER);

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);

        assertEquals(counts(dryRun), counts(purged));
        assertEquals(1, counts(purged).get(DisclosureRetentionPlan.LEDGER), "the executed case's row before today's row");
        assertEquals(1, counts(purged).get(DisclosureRetentionPlan.CLOSED_CASES));
        assertNull(DisclosureCase.findById(rejectedOld));
        // Counted, not found: the test's session would answer a second look-up from its cache.
        assertEquals(1, DisclosureCase.count("id", executedEarly), "its ledger row was still there when cases were purged");

        List<DueCategory> next = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);
        assertEquals(1, counts(next).get(DisclosureRetentionPlan.CLOSED_CASES));
        assertEquals(0, DisclosureCase.count("id", executedEarly), "no ledger row refers to it any more");
        assertNotNull(DisclosureCase.findById(executedBehind), "ledger rows still refer to it");
        assertNotNull(DisclosureCase.findById(rejectedRecently));
        assertNotNull(DisclosureCase.findById(rejectedHeld));
        assertNotNull(DisclosureCase.findById(neverDecided), "only closed cases expire");
    }

    /** Notices go like cases: three years after they were sent, in the run after their ledger rows, unless held. */
    @Test
    void changeNoticesGoThreeYearsAfterTheyWereSentOnceTheirLedgerRowsAreGone() throws SQLException {
        String held = Fixtures.unique("held");
        LedgerEntry told = append(pastRetention(), Fixtures.unique("cust"));
        LedgerEntry acknowledged = append(pastRetention(), told.subject);
        LedgerEntry toldHeld = append(pastRetention(), held);
        LedgerEntry toldRecently = append(withinRetention(), Fixtures.unique("cust"));
        ledger.append(draft(Fixtures.unique("cust")));
        long old = notice(told, acknowledged.id, pastRetention());
        long ofHeld = notice(toldHeld, null, pastRetention());
        long recent = notice(toldRecently, null, withinRetention());
        receivedChange("old-report", pastRetention());
        receivedChange("recent-report", withinRetention());

        List<DueCategory> first = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);
        assertEquals(0, counts(first).get(DisclosureRetentionPlan.CHANGE_NOTICES), "their ledger rows were still there");
        assertEquals(1, counts(first).get(DisclosureRetentionPlan.RECEIVED_CHANGES));
        assertEquals(3, counts(first).get(DisclosureRetentionPlan.LEDGER), "every row three years old, the subject not yet held");
        assertEquals(List.of(old, ofHeld, recent), noticeIds());
        holds.place(new NewLegalHoldDto(List.of(held), HoldReason.LITIGATION, "Court case about a disputed delivery",
                Instant.now().plus(Duration.ofDays(30))), PLACER);

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        List<DueCategory> second = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);
        assertEquals(counts(dryRun), counts(second));
        assertEquals(1, counts(second).get(DisclosureRetentionPlan.CHANGE_NOTICES));
        assertEquals(List.of(ofHeld, recent), noticeIds(), "the held subject's notice and the recent one stay");
        assertEquals(List.of("recent-report"), receivedChanges());
    }

    @Test
    void endedHoldsAndTheirEventsGoThreeYearsAfterTheyEnded() throws SQLException {
        Instant longAgo = pastRetention().minus(Duration.ofDays(30));
        long ranOut = at(longAgo, () -> holdUntil(Fixtures.unique("cust"), pastRetention()));
        long released = at(longAgo, () -> holdUntil(Fixtures.unique("cust"), Instant.now().plus(Duration.ofDays(3650))));
        at(pastRetention(), () -> holds.release(released, OFFICER));
        long releasedRecently = at(longAgo, () -> holdUntil(Fixtures.unique("cust"), Instant.now().plus(Duration.ofDays(3650))));
        at(withinRetention(), () -> holds.release(releasedRecently, OFFICER));
        long inForce = holdUntil(Fixtures.unique("cust"), Instant.now().plus(Duration.ofDays(30)));

        assertTrue(refused(DatabaseRoles::application, false, "delete from legal_hold_event where hold_id = " + releasedRecently)
                .contains("permission denied"), "the service's own role cannot delete the record of a hold");
        assertTrue(refused(DatabaseRoles::owner, true, "delete from legal_hold_event where hold_id = " + releasedRecently)
                .contains("append-only"), "the record of a hold that ended less than three years ago stays, even for a purge");

        List<DueCategory> dryRun = retention.dryRun(PurgeTrigger.SCHEDULE);
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);

        assertEquals(counts(dryRun), counts(purged));
        assertEquals(2, counts(purged).get(DisclosureRetentionPlan.ENDED_HOLDS));
        assertNull(LegalHold.findById(ranOut));
        assertNull(LegalHold.findById(released));
        assertTrue(LegalHoldEvent.forHold(ranOut).isEmpty());
        assertTrue(LegalHoldEvent.forHold(released).isEmpty());
        assertEquals(2, LegalHoldEvent.forHold(releasedRecently).size());
        assertEquals(1, LegalHoldEvent.forHold(inForce).size());
        PurgeLogEntry logged = retention.purgeLog().stream().filter(e -> e.category().equals(DisclosureRetentionPlan.ENDED_HOLDS))
                .findFirst().orElseThrow();
        assertEquals(2, logged.purgedCount());
        assertEquals(OFFICER, logged.actor());
        given().get("/legal-holds/events").then().statusCode(200)
                .body("holdId", equalTo(List.of((int) inForce, (int) releasedRecently, (int) releasedRecently)))
                .body("kind", equalTo(List.of("placed", "released", "placed")));
    }

    @Test
    void aHundredThousandExpiredRowsPurgeInBatches() throws SQLException {
        insertExpiredChain(100_000);
        assertEquals(100_000, counts(retention.dryRun(PurgeTrigger.SCHEDULE)).get(DisclosureRetentionPlan.LEDGER));

        long started = System.nanoTime();
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        Log.infof("Purged %d expired ledger rows in %d ms", counts(purged).get(DisclosureRetentionPlan.LEDGER), millis);

        assertEquals(100_000, counts(purged).get(DisclosureRetentionPlan.LEDGER));
        assertEquals(0, LedgerEntry.count());
        given().get("/disclosures/ledger/verify").then().body("valid", equalTo(true))
                .body("rowsChecked", equalTo(0)).body("purgedRows", equalTo(100_000));
        assertEquals(100_001, ledger.append(draft(Fixtures.unique("cust"))).id, "the chain goes on from the anchor");
        given().get("/disclosures/ledger/verify").then().body("valid", equalTo(true)).body("rowsChecked", equalTo(1));
    }

    @Test
    void anOrdinaryPurgeWithNothingDueStillLeavesARecord() {
        ledger.append(draft(Fixtures.unique("cust")));
        List<DueCategory> purged = retention.purge(PurgeTrigger.SCHEDULE, OFFICER);
        assertTrue(counts(purged).values().stream().allMatch(n -> n == 0));
        assertEquals(List.of(DisclosureRetentionPlan.ENDED_HOLDS, DisclosureRetentionPlan.CLOSED_CASES,
                DisclosureRetentionPlan.CHANGE_NOTICES, DisclosureRetentionPlan.RECEIVED_CHANGES, DisclosureRetentionPlan.LEDGER)
                .stream().sorted().toList(),
                retention.purgeLog().stream().map(PurgeLogEntry::category).sorted().toList());
        assertThrows(SQLException.class, () -> {
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                sql.executeUpdate("delete from purge_record");
            }
        }, "the purge log is append-only");
    }

    /**
     * Writes a valid chain of expired rows with SQL, as {@link LedgerEntry#computeHash()}
     * would: each field as {@code <length>:<value>;} ({@code -;} when missing), the previous hash last.
     */
    private void insertExpiredChain(int rows) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("""
                    create function pg_temp.field(v text) returns text language sql immutable as $$
                        select case when v is null then '-;' else length(v) || ':' || v || ';' end
                    $$""");
            sql.execute("""
                    do $$
                    declare
                        written  timestamptz := date_trunc('second', ledger_legal_cutoff()) - interval '2 days';
                        stamp    text := to_char(written at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
                        previous varchar(64) := repeat('0', 64);
                        hashed   varchar(64);
                    begin
                        for i in 1..%d loop
                            hashed := encode(sha256(convert_to(
                                pg_temp.field(i::text) || pg_temp.field(stamp) || pg_temp.field('DISCLOSED')
                                || pg_temp.field('carrier-a') || pg_temp.field('Recipient carrier-a') || pg_temp.field('CARRIER')
                                || pg_temp.field('bulk-customer-' || i) || pg_temp.field(null) || pg_temp.field('order:bulk-' || i)
                                || pg_temp.field('user.name') || pg_temp.field('delivery') || pg_temp.field('OUTSOURCING')
                                || pg_temp.field('DPA-carrier-a') || pg_temp.field(null) || pg_temp.field('carrier-a-app')
                                || pg_temp.field(null) || pg_temp.field(previous), 'UTF8')), 'hex');
                            insert into ledger_entry (id, at, outcome, recipient_id, recipient_name, recipient_kind, subject,
                                                      reference, data_items, purpose, legal_basis, basis_reference, actor,
                                                      previous_hash, hash)
                            values (i, written, 'DISCLOSED', 'carrier-a', 'Recipient carrier-a', 'CARRIER', 'bulk-customer-' || i,
                                    'order:bulk-' || i, 'user.name', 'delivery', 'OUTSOURCING', 'DPA-carrier-a', 'carrier-a-app',
                                    previous, hashed);
                            previous := hashed;
                        end loop;
                        update ledger_head set last_id = %d, last_hash = previous;
                    end
                    $$""".formatted(rows, rows));
        }
    }

    private static Instant threeYearsAgo() {
        return ZonedDateTime.now(ZoneOffset.UTC).minusYears(3).toInstant();
    }

    /** Three years and a day ago. */
    private static Instant pastRetention() {
        return threeYearsAgo().minus(Duration.ofDays(1));
    }

    /** Three years less a day ago. */
    private static Instant withinRetention() {
        return threeYearsAgo().plus(Duration.ofDays(1));
    }

    /** Runs the action with the clock set to the given time. */
    private <T> T at(Instant when, Supplier<T> action) {
        clock.reset();
        clock.moveBy(Duration.between(Instant.now(), when));
        try {
            return action.get();
        } finally {
            clock.reset();
        }
    }

    private LedgerEntry append(Instant when, String subject) {
        return at(when, () -> ledger.append(draft(subject)));
    }

    private LedgerDraft draft(String subject) {
        return LedgerDraft.disclosed(carrier, subject, "order:" + Fixtures.unique("ord"),
                List.of("user.name", "user.contact.address.shipping"), "delivery", LegalBasis.OUTSOURCING, "DPA-1", null,
                "carrier-a-app");
    }

    private long openCase(String subject) {
        return cases.open(new NewCaseDto(CaseType.COURT_ORDER, Fixtures.COURT, "Tokyo District Court 2023 (wa) 1",
                "Tokyo District Court", null, List.of(subject), List.of("user.name")), "staff-sato").id();
    }

    private long rejectedCase(String subject) {
        long id = openCase(subject);
        cases.decide(id, OFFICER, false, "No legal basis").orElseThrow();
        return id;
    }

    private long executedCase(String subject) {
        long id = openCase(subject);
        cases.decide(id, OFFICER, true, "Court order checked").orElseThrow();
        cases.execute(id, OFFICER).orElseThrow();
        return id;
    }

    /** A hold placed now (by the clock) that ends at the given time. */
    private long holdUntil(String subject, Instant endsAt) {
        return holds.place(new NewLegalHoldDto(List.of(subject), HoldReason.LEGAL_OBLIGATION, "Tax audit", endsAt), PLACER).id();
    }

    /** A notice to the row's recipient about the row's subject, sent at the given time. */
    private long notice(LedgerEntry told, Long acknowledgedLedgerId, Instant sentAt) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement sql = connection.prepareStatement("""
                insert into change_notice (recipient_id, subject, reference, purpose, kind, data_items, changed_at,
                                           notified_at, ledger_id, acknowledged_at, acknowledged_ledger_id)
                values (?, ?, ?, 'delivery', 'CORRECTION', 'user.contact.address.shipping', ?, ?, ?, ?, ?) returning id""")) {
            sql.setString(1, told.recipientId);
            sql.setString(2, told.subject);
            sql.setString(3, told.reference);
            sql.setObject(4, sentAt.atOffset(ZoneOffset.UTC));
            sql.setObject(5, sentAt.atOffset(ZoneOffset.UTC));
            sql.setLong(6, told.id);
            sql.setObject(7, acknowledgedLedgerId == null ? null : sentAt.atOffset(ZoneOffset.UTC));
            sql.setObject(8, acknowledgedLedgerId);
            try (ResultSet id = sql.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private void receivedChange(String eventId, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement sql = connection.prepareStatement(
                "insert into received_change (event_id, received_at, notices) values (?, ?, 1)")) {
            sql.setString(1, eventId);
            sql.setObject(2, at.atOffset(ZoneOffset.UTC));
            sql.executeUpdate();
        }
    }

    private List<Long> noticeIds() throws SQLException {
        return column("select id from change_notice order by id", rs -> rs.getLong(1));
    }

    private List<String> receivedChanges() throws SQLException {
        return column("select event_id from received_change order by event_id", rs -> rs.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> column(String query, Column<T> column) throws SQLException {
        List<T> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(column.read(rows));
            }
        }
        return values;
    }

    /** Edits a row behind the guard's back, as someone with superuser rights could. */
    private void tamper(long id) throws SQLException {
        try (Connection connection = DatabaseRoles.superuser(); Statement sql = connection.createStatement()) {
            sql.execute("set session_replication_role = replica");
            sql.executeUpdate("update ledger_entry set data_items = 'user.name' where id = " + id);
            sql.execute("set session_replication_role = origin");
        }
    }

    /** A connection as one of the database roles. */
    private interface Role {
        Connection connect() throws SQLException;
    }

    /** Runs a statement as a role that must fail (in purge mode if asked) and returns the database's message. */
    private static String refused(Role role, boolean purgeMode, String statement) throws SQLException {
        try (Connection connection = role.connect(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                if (purgeMode) {
                    sql.execute("select set_config('kura.ledger_purge', 'on', true)");
                }
                return assertThrows(SQLException.class, () -> sql.execute(statement), statement).getMessage();
            } finally {
                connection.rollback();
            }
        }
    }

    private double purgedMetric(String category, PurgeTrigger trigger) {
        Counter counter = metrics.find("kura.retention.purged")
                .tags("service", "disclosure-service", "category", category, "trigger", trigger.name()).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<String, Long> counts(List<DueCategory> report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        report.forEach(due -> counts.put(due.category(), due.count()));
        return counts;
    }
}
