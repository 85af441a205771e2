package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.NewCaseDto;
import com.japanautoparts.kura.disclosure.domain.DisclosureCase;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.service.CaseService;
import com.japanautoparts.kura.disclosure.domain.CaseStatus;
import com.japanautoparts.kura.disclosure.domain.CaseType;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Exception disclosures: two-person rule, exactly the approved scope, recorded in the ledger, executed once. */
@QuarkusTest
class CaseTest {

    static final String OPENER = "officer-opener";
    static final String OFFICER = "officer-tanaka";

    @Inject
    CaseService cases;

    String alice;
    String bob;

    @BeforeEach
    void twoCustomers() {
        Fixtures.registerRecipients();
        alice = Fixtures.unique("alice");
        bob = Fixtures.unique("bob");
        UpstreamStubs.contact(alice);
        UpstreamStubs.contact(bob);
    }

    @Test
    @TestSecurity(user = "staff-sato", roles = Roles.STAFF)
    void staffOpenACaseThatWaitsForADecision() {
        given().contentType(ContentType.JSON).body("""
                {"type": "court-order", "recipientId": "%s", "referenceDocument": "Tokyo District Court 2026 (wa) 123",
                 "requester": "Tokyo District Court", "subjects": ["%s"], "dataItems": ["user.name", "user.contact.email"]}"""
                .formatted(Fixtures.COURT, alice))
                .post("/cases").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/cases/"))
                .body("status", equalTo("open"))
                .body("openedBy", equalTo("staff-sato"));
    }

    @Test
    @TestSecurity(user = OPENER, roles = { Roles.STAFF, Roles.PRIVACY_OFFICER })
    void whoeverOpenedACaseCannotApproveIt() {
        long id = open(CaseType.COURT_ORDER, Fixtures.COURT, List.of(alice), List.of("user.name"));
        ProblemAssertions.assertProblem(approve(id), 403);
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("{\"note\": \"mine\"}")
                .post("/cases/" + id + "/reject").andReturn(), 403);
        assertEquals(CaseStatus.OPEN, DisclosureCase.<DisclosureCase> findById(id).status);
    }

    @Test
    @TestSecurity(user = OFFICER, roles = Roles.PRIVACY_OFFICER)
    void anApprovedCaseReleasesExactlyItsScopeOnce() {
        long id = open(CaseType.COURT_ORDER, Fixtures.COURT, List.of(alice, "nobody-" + bob), List.of("user.name", "user.contact.email"));
        ProblemAssertions.assertProblem(execute(id), 409);

        approve(id).then().statusCode(200).body("status", equalTo("approved")).body("decidedBy", equalTo(OFFICER));
        Response pkg = execute(id);
        pkg.then().statusCode(200)
                .body("legalBasis", equalTo("legal-order"))
                .body("records", hasSize(1))
                .body("records[0].customerId", equalTo(alice))
                .body("records[0].dataItems", containsInAnyOrder("user.name", "user.contact.email"))
                .body("records[0].name.family", equalTo(Fixtures.FAMILY))
                .body("records[0].email.address", equalTo(Fixtures.EMAIL))
                .body("records[0].shippingAddress", nullValue())
                .body("records[0].phone", nullValue())
                .body("records[0].billingAddress", nullValue())
                .body("subjectsNotFound", contains("nobody-" + bob))
                .body("ledgerEntryIds", hasSize(1));

        LedgerEntry row = LedgerEntry.findById(pkg.jsonPath().getLong("ledgerEntryIds[0]"));
        assertEquals(alice, row.subject);
        assertEquals("case:" + id, row.reference);
        assertEquals(LegalBasis.LEGAL_ORDER, row.legalBasis);
        assertEquals("Tokyo District Court 2026 (wa) 123", row.basisReference);
        assertEquals(OFFICER, row.actor);
        assertEquals(Fixtures.COURT, row.recipientId);

        ProblemAssertions.assertProblem(execute(id), 409);
        assertEquals(1, LedgerEntry.count("reference", "case:" + id));
    }

    @Test
    @TestSecurity(user = OFFICER, roles = Roles.PRIVACY_OFFICER)
    void whenTheLedgerCannotRecordACaseReleasesNothingAndStaysApproved() throws SQLException {
        long id = open(CaseType.HARMFUL_CONDUCT, Fixtures.COURT, List.of(alice), List.of("user.name", "user.contact.phone_number"));
        approve(id).then().statusCode(200);
        Response response;
        LedgerFailure failure = LedgerFailure.start();
        try {
            response = execute(id);
        } finally {
            failure.close();
        }
        ProblemAssertions.assertProblem(response, 503);
        response.then().body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(Fixtures.FAMILY)))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(Fixtures.PHONE)));
        assertEquals(CaseStatus.APPROVED, DisclosureCase.<DisclosureCase> findById(id).status);

        execute(id).then().statusCode(200).body("records[0].phone.number", equalTo(Fixtures.PHONE))
                .body("legalBasis", equalTo("harmful-conduct"));
    }

    @Test
    @TestSecurity(user = OFFICER, roles = Roles.PRIVACY_OFFICER)
    void aRejectedCaseIsNeverExecuted() {
        long id = open(CaseType.FRAUD_PREVENTION, Fixtures.COURT, List.of(alice), List.of("user.name"));
        given().contentType(ContentType.JSON).body("{\"note\": \"No legal basis shown\"}").post("/cases/" + id + "/reject")
                .then().statusCode(200).body("status", equalTo("rejected"));
        ProblemAssertions.assertProblem(approve(id), 409);
        ProblemAssertions.assertProblem(execute(id), 409);
        assertEquals(0, LedgerEntry.count("reference", "case:" + id));
    }

    @Test
    @TestSecurity(user = OFFICER, roles = Roles.PRIVACY_OFFICER)
    void aBusinessTransferIsOneBulkRowPerItem() {
        long id = open(CaseType.BUSINESS_TRANSFER, Fixtures.ACQUIRER, List.of(alice, bob),
                List.of("user.name", "user.contact.address.shipping"));
        approve(id).then().statusCode(200);
        Response pkg = execute(id);
        pkg.then().statusCode(200).body("records", hasSize(2)).body("ledgerEntryIds", hasSize(2))
                .body("records[0].phone", nullValue()).body("records[0].email", nullValue());
        List<LedgerEntry> rows = LedgerEntry.list("reference = ?1 order by id", "case:" + id);
        assertEquals(2, rows.size());
        for (LedgerEntry row : rows) {
            assertNull(row.subject);
            assertEquals(1, row.dataItems.size());
            assertTrue(row.subjects.containsAll(List.of(alice, bob)));
            assertEquals(LegalBasis.BUSINESS_TRANSFER, row.legalBasis);
        }
        assertEquals(List.of("user.name", "user.contact.address.shipping"),
                rows.stream().map(r -> r.dataItems.get(0)).toList());
    }

    @Test
    @TestSecurity(user = "staff-suzuki", roles = Roles.STAFF)
    void staffSeeOnlyTheCasesTheyOpenedAndCannotDecide() {
        long someoneElses = cases.open(newCase(CaseType.CREDIT_RISK, Fixtures.COURT, List.of(alice), List.of("user.name")), "staff-sato").id();
        given().get("/cases/" + someoneElses).then().statusCode(404);
        given().get("/cases").then().statusCode(200).body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) someoneElses)));
        given().contentType(ContentType.JSON).body("{\"note\": \"ok\"}").post("/cases/" + someoneElses + "/approve").then().statusCode(403);
        given().post("/cases/" + someoneElses + "/execute").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "staff-sato", roles = Roles.STAFF)
    void aCaseNeedsAKnownActiveThirdPartyAndKnownItems() {
        ProblemAssertions.assertProblem(post(newCaseJson("court-order", "no-such-recipient", alice, "user.name")), 422);
        ProblemAssertions.assertProblem(post(newCaseJson("court-order", Fixtures.CARRIER_INACTIVE, alice, "user.name")), 422);
        ProblemAssertions.assertProblem(post(newCaseJson("court-order", Fixtures.STAFF_DESK, alice, "user.name")), 422);
        ProblemAssertions.assertProblem(post(newCaseJson("court-order", Fixtures.COURT, alice, "user.financial.card")), 422);
    }

    /** Opened by OPENER, so a different officer may decide it. */
    private long open(CaseType type, String recipient, List<String> subjects, List<String> items) {
        return cases.open(newCase(type, recipient, subjects, items), OPENER).id();
    }

    private static NewCaseDto newCase(CaseType type, String recipient, List<String> subjects, List<String> items) {
        return new NewCaseDto(type, recipient, "Tokyo District Court 2026 (wa) 123", "Tokyo District Court", null, subjects, items);
    }

    static String newCaseJson(String type, String recipient, String subject, String item) {
        return """
                {"type": "%s", "recipientId": "%s", "referenceDocument": "Ref 1", "requester": "Someone",
                 "subjects": ["%s"], "dataItems": ["%s"]}""".formatted(type, recipient, subject, item);
    }

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/cases").andReturn();
    }

    private static Response approve(long id) {
        return given().contentType(ContentType.JSON).body("{\"note\": \"Court order checked against the original\"}")
                .post("/cases/" + id + "/approve").andReturn();
    }

    private static Response execute(long id) {
        return given().post("/cases/" + id + "/execute").andReturn();
    }
}
