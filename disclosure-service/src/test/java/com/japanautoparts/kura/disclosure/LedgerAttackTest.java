package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.service.LedgerDraft;
import com.japanautoparts.kura.disclosure.service.LedgerService;
import com.japanautoparts.kura.ledger.Checkpoint;
import com.japanautoparts.kura.ledger.CheckpointLine;
import com.japanautoparts.kura.ledger.CheckpointSigner;
import com.japanautoparts.kura.testing.DatabaseRoles;
import com.japanautoparts.kura.testing.WitnessStub;

import io.quarkus.logging.Log;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/**
 * Issue 16: the attacks on the ledger's tail. The service's own database role cannot cut the tail or move the head back;
 * the owner can (triggers off, rows deleted, head rewritten), and verification then reports the ledger broken at the first
 * missing position, because consent-service (here {@link WitnessStub}) keeps the signed checkpoint of the longer chain and
 * no new checkpoint is signed for the shorter one. A checkpoint whose signature does not verify is reported. Each test
 * starts from an empty ledger in a schema of its own ({@link RetentionProfile}).
 */
@QuarkusTest
@TestProfile(RetentionProfile.class)
@QuarkusTestResource(WitnessStub.class)
@TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
class LedgerAttackTest {

    private static final String LEDGER = "disclosure";

    @Inject
    LedgerService ledger;

    @Inject
    ObjectMapper json;

    Recipient carrier;

    @BeforeEach
    void anEmptyLedger() throws SQLException {
        RetentionProfile.freshLedger();
        WitnessStub.reset();
        Fixtures.registerRecipients();
        carrier = Recipient.findById(Fixtures.CARRIER_A);
    }

    @AfterEach
    void witnessBack() {
        WitnessStub.reset();
    }

    @Test
    void theApplicationRoleCannotCutTheTailNorMoveTheHeadBack() throws SQLException {
        long last = append(5);
        checkpoint().body("position", equalTo((int) last)).body("witnessedAt", notNullValue());
        String third = hashAt(3);
        try (Connection app = DatabaseRoles.application(); Statement sql = app.createStatement()) {
            for (String attack : List.of(
                    "alter table ledger_entry disable trigger user",
                    "set session_replication_role = replica",
                    "drop trigger ledger_entry_no_update_delete on ledger_entry",
                    "delete from ledger_entry where id > 3",
                    "truncate ledger_entry",
                    "update ledger_entry set purpose = 'forged' where id = " + last,
                    "update ledger_head set last_id = 3, last_hash = '" + third + "'",
                    "delete from ledger_head",
                    "select ledger_purge_oldest(0, " + last + ")",
                    "alter table ledger_head disable trigger user",
                    "delete from ledger_checkpoint",
                    "update ledger_checkpoint set position = 3",
                    "alter table ledger_entry owner to current_user")) {
                assertThrows(SQLException.class, () -> sql.execute(attack), attack);
            }
        }
        assertEquals(last, LedgerEntry.count());
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("rowsChecked", equalTo((int) last))
                .body("checkpoint.position", equalTo((int) last))
                .body("checkpoint.source", equalTo("WITNESS"))
                .body("witnessReachable", equalTo(true))
                .body("invalidCheckpoints", empty());
    }

    @Test
    void theOwnerCuttingTheTailIsReportedAtTheFirstMissingPosition() throws SQLException {
        append(3);
        checkpoint().body("position", equalTo(3));
        append(2);
        checkpoint().body("position", equalTo(5));

        // The owner: triggers off, the two newest rows deleted, the head set back to row 3, triggers on again.
        asOwner("alter table ledger_entry disable trigger user", "alter table ledger_head disable trigger user",
                "delete from ledger_entry where id > 3",
                "update ledger_head set last_id = 3, last_hash = '" + hashAt(3) + "'",
                "alter table ledger_entry enable trigger user", "alter table ledger_head enable trigger user");

        // The chain up to the head is intact; the witnessed checkpoint of position 5 shows what is missing.
        logVerification("after the owner cut rows 4-5 and set the head back to 3");
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenRowId", equalTo(4))
                .body("rowsChecked", equalTo(3))
                .body("head.position", equalTo(3))
                .body("end.position", equalTo(3))
                .body("checkpoint.position", equalTo(5))
                .body("checkpoint.source", equalTo("WITNESS"))
                .body("problem", containsString("links 4 to 5 are missing"));

        // The next checkpoint is refused: the shortened chain is never signed, nor witnessed.
        given().post("/disclosures/ledger/checkpoints").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("behind the newest checkpoint"));
        assertEquals(2, WitnessStub.kept(LEDGER).size());

        // New rows written over the cut positions do not hide it: the chain differs from the signed one after row 3.
        append(3);
        logVerification("after the service wrote 3 new rows over the cut positions");
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("firstBrokenRowId", equalTo(4))
                .body("head.position", equalTo(6))
                .body("problem", containsString("rewritten after position 3"));
        given().post("/disclosures/ledger/checkpoints").then().statusCode(409);
        assertEquals(2, WitnessStub.kept(LEDGER).size());
    }

    @Test
    void aCheckpointWhoseSignatureDoesNotVerifyIsReported() throws Exception {
        append(3);
        checkpoint();
        given().get("/disclosures/ledger/verify").then().body("valid", equalTo(true));

        // The owner makes the stored checkpoint sign another hash: the signature no longer verifies.
        asOwner("alter table ledger_checkpoint disable trigger user",
                "update ledger_checkpoint set hash = repeat('a', 64)",
                "alter table ledger_checkpoint enable trigger user");
        logVerification("after the owner changed the hash a stored checkpoint signs");
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("invalidCheckpoints", hasSize(1))
                .body("invalidCheckpoints[0].position", equalTo(3))
                .body("invalidCheckpoints[0].source", equalTo("LOCAL"))
                .body("problem", containsString("signature that does not verify"));

        // A checkpoint the witness hands back that this service never signed is reported too, and not relied on.
        String kept = WitnessStub.kept(LEDGER).get(0);
        Checkpoint real = json.readValue(kept, Checkpoint.class);
        Checkpoint forged = new Checkpoint(real.ledger(), real.position() + 7, real.hash(), real.at(), real.previous(), real.keyId(),
                real.signature());
        WitnessStub.keep(LEDGER, json.writeValueAsString(forged));
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("invalidCheckpoints.source", org.hamcrest.Matchers.hasItems("LOCAL", "WITNESS"))
                .body("invalidCheckpoints.find { it.source == 'WITNESS' }.position", equalTo(10));
    }

    @Test
    void aCheckpointIsKeptWhenTheWitnessIsDownAndHandedOverOnceItIsBack() {
        append(2);
        WitnessStub.down();
        given().post("/disclosures/ledger/checkpoints").then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", "30")
                .body("detail", containsString("kept here"));
        given().accept(CheckpointExportType.NDJSON).get("/disclosures/ledger/checkpoints").then().statusCode(200)
                .body(containsString("\"position\":2")).body(containsString("\"witnessedAt\":null"));
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("witnessReachable", equalTo(false))
                .body("checkpoint.source", equalTo("LOCAL"));

        WitnessStub.up();
        checkpoint().body("position", equalTo(2)).body("witnessedAt", notNullValue());
        assertEquals(1, WitnessStub.kept(LEDGER).size(), "the same checkpoint, handed over once the witness is back");
        given().get("/disclosures/ledger/verify").then().body("checkpoint.source", equalTo("WITNESS")).body("valid", equalTo(true));
    }

    @Test
    void theCheckpointsExportAsJsonLinesThatAnyoneCanCheckWithThePublicKey() throws Exception {
        append(2);
        checkpoint();
        append(1);
        checkpoint();
        String body = given().accept(CheckpointExportType.NDJSON).get("/disclosures/ledger/checkpoints").then().statusCode(200)
                .contentType(startsWith(CheckpointExportType.NDJSON)).extract().asString();
        List<CheckpointLine> lines = body.lines().map(line -> read(line)).toList();
        assertEquals(2, lines.size());
        for (CheckpointLine line : lines) {
            Checkpoint checkpoint = new Checkpoint(line.ledger(), line.position(), line.hash(), line.at(), line.previous(), line.keyId(),
                    line.signature());
            assertTrue(CheckpointSigner.verifies(checkpoint, line.publicKey()), "verifies with only the line and its key");
            assertEquals(checkpoint.digest(), line.digest());
        }
        assertEquals(lines.get(0).digest(), lines.get(1).previous(), "each checkpoint names the one before it");
        assertEquals(List.of(2L, 3L), lines.stream().map(CheckpointLine::position).toList());
        String rest = given().queryParam("after", lines.get(0).id()).accept(CheckpointExportType.NDJSON)
                .get("/disclosures/ledger/checkpoints").then().statusCode(200).extract().asString();
        assertEquals(1, rest.lines().count(), "a mirror continues after the last id it holds");
    }

    @Test
    void anEmptyLedgerVerifiesWithoutACheckpoint() {
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("checkpoint", nullValue())
                .body("witnessReachable", equalTo(true));
    }

    /** What verification answers, in the test log (the README quotes it). */
    private static void logVerification(String when) {
        Log.infof("Disclosure ledger verification %s: %s", when, given().get("/disclosures/ledger/verify").then().extract().asString());
    }

    /** The media type of the export. */
    private static final class CheckpointExportType {
        static final String NDJSON = "application/x-ndjson";
    }

    private CheckpointLine read(String line) {
        try {
            return json.readValue(line, CheckpointLine.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private io.restassured.response.ValidatableResponse checkpoint() {
        return given().post("/disclosures/ledger/checkpoints").then().statusCode(201);
    }

    /** Appends rows; returns the last position. */
    private long append(int rows) {
        long last = 0;
        for (int i = 0; i < rows; i++) {
            last = ledger.append(LedgerDraft.disclosed(carrier, Fixtures.unique("cust"), "order:" + Fixtures.unique("ord"),
                    List.of("user.name"), "delivery", LegalBasis.OUTSOURCING, "DPA-1", null, "carrier-a-app")).id;
        }
        return last;
    }

    private static String hashAt(long position) throws SQLException {
        try (Connection app = DatabaseRoles.application(); Statement sql = app.createStatement();
                ResultSet row = sql.executeQuery("select hash from ledger_entry where id = " + position)) {
            assertTrue(row.next());
            return row.getString(1);
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
