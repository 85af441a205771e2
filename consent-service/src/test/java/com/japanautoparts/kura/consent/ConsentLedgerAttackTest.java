package com.japanautoparts.kura.consent;

import static com.japanautoparts.kura.consent.ConsentFixtures.LOGIN_PAGE;
import static com.japanautoparts.kura.consent.ConsentFixtures.SPECIALS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.DatabaseRoles;
import com.japanautoparts.kura.testing.WitnessStub;

import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * Issue 16, the consent ledger: the attacks on the disclosure ledger's tail, and those particular to consent (a forged
 * opt-in written beside the chain, a record deleted without its removal recorded, a standing opt-out erased). The service's
 * own database role cannot cut the tail, move the head back or delete a record; the owner can, and verification reports
 * the first missing position against the checkpoint disclosure-service (here {@link WitnessStub}) keeps. Each test starts
 * from an empty ledger in a schema of its own ({@link ChainProfile}).
 */
@QuarkusTest
@TestProfile(ChainProfile.class)
@QuarkusTestResource(WitnessStub.class)
@TestSecurity(user = "officer-kimura", roles = { Roles.PRIVACY_OFFICER, Roles.STOREFRONT, Roles.DSR_COORDINATOR })
class ConsentLedgerAttackTest {

    private static final String LEDGER = "consent";

    private String customer;

    @BeforeEach
    void anEmptyLedger() throws SQLException {
        ChainProfile.freshLedger();
        WitnessStub.reset();
        customer = ConsentFixtures.newCustomer();
    }

    @AfterEach
    void witnessBack() {
        WitnessStub.reset();
    }

    @Test
    void theApplicationRoleCannotCutTheTailMoveTheHeadBackOrEraseAnOptOut() throws SQLException {
        record(4);
        checkpoint().body("position", equalTo(4));
        String third = linkHash(3);
        try (Connection app = DatabaseRoles.application(); Statement sql = app.createStatement()) {
            for (String attack : List.of(
                    "alter table consent_record disable trigger user",
                    "set session_replication_role = replica",
                    "select set_config('kura.erasure', 'on', false); delete from consent_record where action = 'WITHDRAWN'",
                    "delete from consent_record",
                    "delete from consent_chain where position > 3",
                    "truncate consent_record cascade",
                    "update consent_record set action = 'GRANTED'",
                    "update consent_chain_head set last_position = 3, last_hash = '" + third + "'",
                    "insert into consent_record_removal (position, record_id, removed_at, reason) select position, record_id, now(),"
                            + " 'ERASURE' from consent_chain where position = 4",
                    // The erasure function keeps the standing opt-out, whoever asks.
                    "select consent_erase_records('" + customer + "', '{}')",
                    "delete from ledger_checkpoint",
                    "alter table consent_chain owner to current_user")) {
                assertThrows(SQLException.class, () -> sql.execute(attack), attack);
            }
            try (ResultSet purged = sql.executeQuery("select consent_purge_superseded(now(), '{}', 100)")) {
                purged.next();
                assertEquals(0, purged.getInt(1), "the purge function deletes nothing younger than three years, whatever the cutoff");
            }
        }
        given().get("/consents/ledger/verify").then().statusCode(200)
                .body("valid", is(true))
                .body("linksChecked", equalTo(4))
                .body("checkpoint.position", equalTo(4))
                .body("checkpoint.source", equalTo("WITNESS"))
                .body("invalidCheckpoints", empty());
        eligible(false);
    }

    @Test
    void theOwnerCuttingTheTailIsReportedAtTheFirstMissingPosition() throws SQLException {
        record(3);
        checkpoint().body("position", equalTo(3));
        record(1);
        checkpoint().body("position", equalTo(4));
        eligible(false);

        // The owner hides the newest record, the customer's opt-out: triggers off, record and link deleted, the head set
        // back to position 3, triggers on again. The customer looks opted in again.
        asOwner("alter table consent_record disable trigger user", "alter table consent_chain disable trigger user",
                "alter table consent_chain_head disable trigger user",
                "delete from consent_record where id in (select record_id from consent_chain where position > 3)",
                "delete from consent_chain where position > 3",
                "update consent_chain_head set last_position = 3, last_hash = '" + linkHash(3) + "'",
                "alter table consent_record enable trigger user", "alter table consent_chain enable trigger user",
                "alter table consent_chain_head enable trigger user");
        eligible(true);

        logVerification("after the owner cut position 4 (the opt-out) and set the head back to 3");
        given().get("/consents/ledger/verify").then().statusCode(200)
                .body("valid", is(false))
                .body("firstBrokenPosition", equalTo(4))
                .body("linksChecked", equalTo(3))
                .body("head.position", equalTo(3))
                .body("checkpoint.position", equalTo(4))
                .body("checkpoint.source", equalTo("WITNESS"))
                .body("problem", containsString("link 4 is missing"));
        given().post("/consents/ledger/checkpoints").then().statusCode(409).body("detail", containsString("behind the newest checkpoint"));
        assertEquals(2, WitnessStub.kept(LEDGER).size(), "the shortened chain is never witnessed");

        record(1);
        logVerification("after the service wrote a new record over the cut position");
        given().get("/consents/ledger/verify").then().statusCode(200)
                .body("valid", is(false))
                .body("firstBrokenPosition", equalTo(4))
                .body("problem", containsString("rewritten after position 3"));
    }

    @Test
    void aForgedRecordBesideTheChainAndARecordDeletedWithoutItsRemovalAreReported() throws SQLException {
        record(3);
        checkpoint();
        // The service's own role writes an opt-in straight into the table, bypassing the chain.
        try (Connection app = DatabaseRoles.application(); Statement sql = app.createStatement()) {
            sql.execute("insert into consent_record (id, subject, purpose_key, action, at, recorded_at, channel, page, actor, via_gpc, salt)"
                    + " values (nextval('consent_record_seq'), '" + customer + "', '" + SPECIALS + "', 'GRANTED', now(), now(), 'web', '"
                    + LOGIN_PAGE + "', 'storefront:forged', false, 'x')");
        }
        logVerification("after a record was written beside the chain");
        given().get("/consents/ledger/verify").then().statusCode(200)
                .body("valid", is(false))
                .body("firstBrokenPosition", equalTo(null))
                .body("problem", containsString("1 consent record(s) are not in the chain"));
        asOwner("alter table consent_record disable trigger user",
                "delete from consent_record where id not in (select record_id from consent_chain)",
                // and a chained record in the middle, without recording its removal
                "delete from consent_record where id = (select record_id from consent_chain where position = 2)",
                "alter table consent_record enable trigger user");
        given().get("/consents/ledger/verify").then().statusCode(200)
                .body("valid", is(false))
                .body("firstBrokenPosition", equalTo(2))
                .body("problem", containsString("is gone, and no removal of it is recorded"));
    }

    @Test
    void anErasureGoesThroughTheOwnersFunctionAndTheChainStillVerifies() {
        record(4);
        given().post("/internal/subjects/" + customer + "/erase").then().statusCode(200).body("outcome", equalTo("suppression-kept"));
        given().get("/consents/ledger/verify").then().statusCode(200)
                .body("valid", is(true))
                .body("linksChecked", equalTo(4));
        assertEquals(3, count("select count(*) from consent_record_removal where reason = 'ERASURE'"),
                "every removed record has its removal recorded; the standing opt-out stays");
        assertEquals(1, count("select count(*) from consent_record"));
    }

    @Test
    void aCheckpointWhoseSignatureDoesNotVerifyIsReported() throws SQLException {
        record(2);
        checkpoint();
        asOwner("alter table ledger_checkpoint disable trigger user", "update ledger_checkpoint set position = 1",
                "alter table ledger_checkpoint enable trigger user");
        logVerification("after the owner changed the position a stored checkpoint signs");
        given().get("/consents/ledger/verify").then().statusCode(200)
                .body("valid", is(false))
                .body("invalidCheckpoints", hasSize(1))
                .body("invalidCheckpoints[0].source", equalTo("LOCAL"))
                .body("problem", containsString("signature that does not verify"));
    }

    /** More of the customer's specials opt-in history: granted, withdrawn, granted, ... continuing where it stands. */
    private void record(int records) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(100);
        long existing = count("select count(*) from consent_record where subject = '" + customer + "'");
        for (int i = 0; i < records; i++) {
            long n = existing + i;
            ConsentFixtures.record(customer, SPECIALS, n % 2 == 0 ? "granted" : "withdrawn", start.plusSeconds(n), LOGIN_PAGE);
        }
    }

    private void eligible(boolean eligible) {
        given().get("/consents/eligibility/" + customer + "/" + SPECIALS).then().statusCode(200).body("eligible", is(eligible));
    }

    private io.restassured.response.ValidatableResponse checkpoint() {
        return given().post("/consents/ledger/checkpoints").then().statusCode(201);
    }

    private static void logVerification(String when) {
        Log.infof("Consent ledger verification %s: %s", when, given().get("/consents/ledger/verify").then().extract().asString());
    }

    private static String linkHash(long position) throws SQLException {
        try (Connection app = DatabaseRoles.application(); Statement sql = app.createStatement();
                ResultSet row = sql.executeQuery("select hash from consent_chain where position = " + position)) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }

    private static long count(String query) {
        try (Connection app = DatabaseRoles.application(); Statement sql = app.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void asOwner(String... statements) throws SQLException {
        try (Connection owner = DatabaseRoles.owner(); Statement sql = owner.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
