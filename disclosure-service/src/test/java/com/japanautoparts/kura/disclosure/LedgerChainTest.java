package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LedgerHead;
import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.service.LedgerDraft;
import com.japanautoparts.kura.disclosure.service.LedgerGroupCommit;
import com.japanautoparts.kura.disclosure.service.LedgerService;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.testing.DatabaseRoles;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The hash chain detects an edited row; the database refuses edits; concurrent appends never fork the chain. */
@QuarkusTest
@TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
class LedgerChainTest {

    @Inject
    LedgerService ledger;

    @Inject
    LedgerGroupCommit groupCommit;

    @Inject
    AgroalDataSource dataSource;

    Recipient carrier;

    @BeforeEach
    void aRecipient() {
        Fixtures.registerRecipients();
        carrier = Recipient.findById(Fixtures.CARRIER_A);
    }

    @Test
    void anIntactChainVerifies() {
        ledger.append(draft(Fixtures.unique("cust")));
        ledger.append(draft(Fixtures.unique("cust")));
        given().get("/disclosures/ledger/verify").then().statusCode(200)
                .body("valid", equalTo(true))
                .body("rowsChecked", greaterThanOrEqualTo(2))
                .body("firstBrokenRowId", nullValue());
    }

    @Test
    void aRowEditedDirectlyInTheDatabaseIsNamed() throws SQLException {
        ledger.append(draft(Fixtures.unique("cust")));
        long target = ledger.append(draft(Fixtures.unique("cust"))).id;
        ledger.append(draft(Fixtures.unique("cust")));
        String original;
        try (Connection connection = DatabaseRoles.superuser(); Statement sql = connection.createStatement()) {
            // An attacker with superuser rights switches the guard off for their session and edits a row.
            sql.execute("set session_replication_role = replica");
            try (ResultSet row = sql.executeQuery("select data_items from ledger_entry where id = " + target)) {
                row.next();
                original = row.getString(1);
            }
            sql.executeUpdate("update ledger_entry set data_items = 'user.name' where id = " + target);
            sql.execute("set session_replication_role = origin");
        }
        try {
            given().get("/disclosures/ledger/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstBrokenRowId", equalTo((int) target));
        } finally {
            try (Connection connection = DatabaseRoles.superuser();
                    PreparedStatement restore = connection.prepareStatement("update ledger_entry set data_items = ? where id = ?")) {
                connection.createStatement().execute("set session_replication_role = replica");
                restore.setString(1, original);
                restore.setLong(2, target);
                restore.executeUpdate();
                connection.createStatement().execute("set session_replication_role = origin");
            }
        }
        given().get("/disclosures/ledger/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    /** The service's own login: it may append and read, nothing else. */
    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() throws SQLException {
        long id = ledger.append(draft(Fixtures.unique("cust"))).id;
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThrows(SQLException.class, () -> sql.executeUpdate("update ledger_entry set actor = 'someone' where id = " + id));
            assertThrows(SQLException.class, () -> sql.executeUpdate("delete from ledger_entry where id = " + id));
            assertThrows(SQLException.class, () -> sql.execute("truncate ledger_entry"));
        }
        assertEquals("carrier-a-app", LedgerEntry.<LedgerEntry> findById(id).actor);
    }

    @Test
    void theServicesRoleCanRewriteNoAppendOnlyTableAndOwnsNothing() throws SQLException {
        assertEquals(List.of(), DatabaseRoles.whatTheApplicationCouldRewrite());
    }

    @Test
    void concurrentAppendsKeepOneChain() throws Exception {
        long before = LedgerHead.<LedgerHead> findById(LedgerHead.ID).lastId;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Long>> appends = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                appends.add(() -> ledger.append(draft(Fixtures.unique("cust"))).id);
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> id : pool.invokeAll(appends)) {
                ids.add(id.get());
            }
            assertEquals(24, ids.stream().distinct().count());
            assertTrue(ids.stream().allMatch(id -> id > before && id <= before + 24), "positions are contiguous");
        } finally {
            pool.shutdown();
        }
        given().get("/disclosures/ledger/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void groupCommitsCommitEveryRowOnceInOneChain() throws Exception {
        long before = LedgerHead.<LedgerHead> findById(LedgerHead.ID).lastId;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<String> subjects = new ArrayList<>();
            List<Callable<LedgerEntry>> appends = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String subject = Fixtures.unique("cust");
                subjects.add(subject);
                appends.add(() -> groupCommit.append(draft(subject)));
            }
            List<LedgerEntry> rows = new ArrayList<>();
            for (Future<LedgerEntry> row : pool.invokeAll(appends)) {
                rows.add(row.get());
            }
            assertEquals(40, rows.stream().map(e -> e.id).distinct().count());
            assertTrue(rows.stream().allMatch(e -> e.id > before && e.id <= before + 40), "positions are contiguous");
            for (int i = 0; i < rows.size(); i++) {
                // Each caller gets its own row back, committed: the one naming its subject.
                LedgerEntry committed = LedgerEntry.findById(rows.get(i).id);
                assertEquals(subjects.get(i), committed.subject);
            }
        } finally {
            pool.shutdown();
        }
        given().get("/disclosures/ledger/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void thePrivacyOfficerReadsTheNewestRows() {
        String subject = Fixtures.unique("cust");
        long id = ledger.append(draft(subject)).id;
        given().queryParam("subject", subject).get("/disclosures/ledger").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo((int) id))
                .body("[0].hash.length()", equalTo(64));
    }

    private LedgerDraft draft(String subject) {
        return LedgerDraft.disclosed(carrier, subject, "order:" + Fixtures.unique("ord"),
                List.of("user.name", "user.contact.address.shipping"), "delivery", LegalBasis.OUTSOURCING, "DPA-1", null,
                "carrier-a-app");
    }
}
