package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.ProposalDto;
import com.japanautoparts.kura.disclosure.api.RuleDto;
import com.japanautoparts.kura.disclosure.domain.ChangeProposal;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.disclosure.service.ProposalService;
import com.japanautoparts.kura.disclosure.service.RuleService;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The registry and the need-to-know rules change only through proposals a second privacy officer approves (the two-person
 * rule of cases and hold releases), each change a new version with its history. The test runs as one officer
 * ({@code officer-tanaka}) over HTTP; the second ({@code officer-ito}) acts through the service.
 */
@QuarkusTest
@TestSecurity(user = RegistryAndRulesTest.TANAKA, roles = Roles.PRIVACY_OFFICER)
class RegistryAndRulesTest {

    static final String TANAKA = "officer-tanaka";
    static final String ITO = "officer-ito";

    @Inject
    RuleService rules;

    @Inject
    ProposalService proposals;

    @Inject
    DataSource dataSource;

    @Test
    void aRecipientIsRegisteredAndChangedOnlyWhenASecondOfficerApproves() {
        String id = "carrier-" + Long.toHexString(System.nanoTime());
        Response proposed = given().contentType(ContentType.JSON).body("""
                {"id": "%s", "name": "Yamato Transport Co., Ltd.", "kind": "carrier", "country": "JP",
                 "transferMechanism": "domestic", "contractReference": "DPA-2026-007", "oidcClientId": "%s-client",
                 "provider": {"name": "Yamato Transport Co., Ltd.", "address": "2-16-10 Ginza, Chuo-ku, Tokyo",
                              "representative": "Taro Example", "acquisition": "delivery results reported by drivers"}}"""
                .formatted(id, id)).post("/recipients").andReturn();
        proposed.then().statusCode(202)
                .body("status", equalTo("open"))
                .body("subject", equalTo("recipient")).body("action", equalTo("create")).body("target", equalTo(id))
                .body("recipient.provider.representative", equalTo("Taro Example"));
        long proposal = proposed.jsonPath().getLong("id");
        assertTrue(proposed.header("Location").endsWith("/disclosures/proposals/" + proposal));
        ProblemAssertions.assertProblem(given().get("/recipients/" + id).andReturn(), 404);

        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("{\"note\": \"I approve my own\"}")
                .post("/disclosures/proposals/" + proposal + "/approve").andReturn(), 403);
        ProblemAssertions.assertProblem(given().get("/recipients/" + id).andReturn(), 404);

        proposals.decide(proposal, ITO, true, "Contract DPA-2026-007 checked");
        given().get("/recipients/" + id).then().statusCode(200).body("kind", equalTo("carrier")).body("version", equalTo(1))
                .body("active", equalTo(true));
        given().get("/recipients").then().statusCode(200).body("id", hasItem(id));
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(Fixtures.recipient(id, "carrier", true))
                .post("/recipients").andReturn(), 409);
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("{\"note\": \"twice\"}")
                .post("/disclosures/proposals/" + proposal + "/reject").andReturn(), 403);

        long change = given().contentType(ContentType.JSON).body("""
                {"name": "Yamato Transport", "kind": "carrier", "country": "JP", "transferMechanism": "domestic",
                 "oidcClientId": "%s-client", "active": false}""".formatted(id))
                .put("/recipients/" + id).then().statusCode(202).body("baseVersion", equalTo(1)).extract().jsonPath().getLong("id");
        given().get("/recipients/" + id).then().body("active", equalTo(true));
        proposals.decide(change, ITO, true, "Contract ended");
        given().get("/recipients/" + id).then().body("active", equalTo(false)).body("name", equalTo("Yamato Transport"))
                .body("version", equalTo(2)).body("provider", nullValue());

        given().get("/recipients/" + id + "/history").then().statusCode(200)
                .body("$", hasSize(2))
                .body("appliedVersion", equalTo(List.of(2, 1)))
                .body("proposedBy", everyItem(equalTo(TANAKA)))
                .body("decidedBy", everyItem(equalTo(ITO)))
                .body("[0].recipient.active", equalTo(false));
        ProblemAssertions.assertProblem(given().get("/recipients/no-such-recipient").andReturn(), 404);
        ProblemAssertions.assertProblem(given().get("/recipients/no-such-recipient/history").andReturn(), 404);
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(Fixtures.recipient("no-such-recipient", "carrier", true))
                .put("/recipients/no-such-recipient").andReturn(), 404);
    }

    @Test
    void anOidcClientIdBelongsToOneRecipient() {
        String first = "proc-" + Long.toHexString(System.nanoTime());
        long proposal = given().contentType(ContentType.JSON).body(Fixtures.recipient(first, "payment-processor", true))
                .post("/recipients").then().statusCode(202).extract().jsonPath().getLong("id");
        proposals.decide(proposal, ITO, true, "ok");
        String clash = """
                {"id": "%s-2", "name": "Clash", "kind": "payment-processor", "country": "US", "transferMechanism": "consent",
                 "oidcClientId": "%s"}""".formatted(first, Fixtures.clientOf(first));
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(clash).post("/recipients").andReturn(), 409);
        given().get("/recipients/" + first + "-2").then().statusCode(404);
    }

    @Test
    void theSeededRulesAreThereWithWhatTheCatalogueGrantsTheirWindowsAndVersions() {
        given().get("/rules").then().statusCode(200)
                .body("find { it.recipientKind == 'carrier' }.purpose", equalTo("delivery"))
                .body("find { it.recipientKind == 'carrier' }.requiresAssignment", equalTo(true))
                .body("find { it.recipientKind == 'carrier' }.window.opensAt", equalTo("shipped"))
                .body("find { it.recipientKind == 'carrier' }.window.closesAt", equalTo(List.of("delivered", "cancelled", "refunded")))
                .body("find { it.recipientKind == 'carrier' }.window.grace", equalTo("P14D"))
                .body("find { it.recipientKind == 'carrier' }.dataItems", equalTo(List.of("user.name", "user.name.reading", "user.contact.address.shipping",
                        "user.contact.phone_number", "user.behavior.purchase_history", "user.behavior.purchase_history.shipment")))
                .body("find { it.recipientKind == 'payment-processor' }.window.opensAt", equalTo("placed"))
                .body("find { it.recipientKind == 'payment-processor' }.window.grace", equalTo("P30D"))
                .body("find { it.recipientKind == 'payment-processor' }.dataItems", equalTo(List.of("user.name",
                        "user.contact.address.billing", "user.behavior.purchase_history.amount", "user.financial.credit_card.token")))
                .body("find { it.recipientKind == 'staff' }.requiresReason", equalTo(true))
                .body("find { it.recipientKind == 'staff' }.window", nullValue())
                .body("find { it.recipientKind == 'staff' }.dataItems", equalTo(List.of("user.name", "user.contact.email")))
                .body("version", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        given().get("/rules/history?recipientKind=carrier&purpose=delivery").then().statusCode(200)
                .body("appliedVersion", hasItem(1))
                .body("find { it.appliedVersion == 1 }.proposedBy", equalTo("schema migration V1.0.0"))
                .body("find { it.appliedVersion == 1 }.rule.window.grace", equalTo("P14D"));
    }

    @Test
    void aRuleChangeApprovedByItsProposerIsRefusedAndBySecondOfficerIsAppliedAsTheNextVersion() {
        DisclosureRule staff = DisclosureRule.findFor(RecipientKind.STAFF, DisclosurePurpose.SUPPORT).orElseThrow();
        int before = staff.version;
        Response proposed = given().contentType(ContentType.JSON).body(STAFF_RULE.replace("Answering the customer", "Answering the caller"))
                .put("/rules/" + staff.id).andReturn();
        proposed.then().statusCode(202).body("baseVersion", equalTo(before)).body("target", equalTo("staff/support"));
        long mine = proposed.jsonPath().getLong("id");
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("{\"note\": \"looks right to me\"}")
                .post("/disclosures/proposals/" + mine + "/approve").andReturn(), 403);
        given().get("/rules").then().body("find { it.recipientKind == 'staff' }.version", equalTo(before));

        // Ito proposes; Tanaka, a second officer, approves over HTTP.
        ProposalDto itos = proposals.proposeRuleChange(staff.id, staffRule("Answering the customer; each look-up with its reason."), ITO)
                .orElseThrow();
        given().contentType(ContentType.JSON).body("{\"note\": \"Wording agreed\"}").post("/disclosures/proposals/" + itos.id() + "/approve")
                .then().statusCode(200).body("status", equalTo("applied")).body("appliedVersion", equalTo(before + 1))
                .body("decidedBy", equalTo(TANAKA));
        given().get("/rules").then().body("find { it.recipientKind == 'staff' }.version", equalTo(before + 1))
                .body("find { it.recipientKind == 'staff' }.description", equalTo("Answering the customer; each look-up with its reason."));
        given().get("/rules/history?recipientKind=staff&purpose=support").then().statusCode(200)
                .body("[0].appliedVersion", equalTo(before + 1)).body("[0].proposedBy", equalTo(ITO));

        // Tanaka's own proposal was made against the old version: it can no longer be applied.
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("{\"note\": \"too late\"}")
                .post("/disclosures/proposals/" + mine + "/reject").andReturn(), 403);
        assertThrows(ProblemException.class, () -> proposals.decide(mine, ITO, true, "stale"));
        given().get("/disclosures/proposals/" + mine).then().body("status", equalTo("open"));
        proposals.decide(mine, ITO, false, "Superseded");
        given().get("/disclosures/proposals?status=rejected").then().body("id", hasItem((int) mine));
    }

    @Test
    void aRemovedRuleRefusesItsPurposeAndComesBackAsTheNextVersion() {
        DisclosureRule staff = DisclosureRule.findFor(RecipientKind.STAFF, DisclosurePurpose.SUPPORT).orElseThrow();
        long removal = given().delete("/rules/" + staff.id).then().statusCode(202).body("action", equalTo("remove"))
                .extract().jsonPath().getLong("id");
        try {
            int removedAs = proposals.decide(removal, ITO, true, "Support moves to a new desk").orElseThrow().appliedVersion();
            assertTrue(DisclosureRule.findFor(RecipientKind.STAFF, DisclosurePurpose.SUPPORT).isEmpty());
            ProblemAssertions.assertProblem(given().delete("/rules/" + staff.id).andReturn(), 404);
            Response created = given().contentType(ContentType.JSON).body(STAFF_RULE).post("/rules").andReturn();
            created.then().statusCode(202).body("rule.recipientKind", equalTo("staff"));
            ProposalDto applied = proposals.decide(created.jsonPath().getLong("id"), ITO, true, "New desk ready").orElseThrow();
            assertEquals(removedAs + 1, applied.appliedVersion());
            given().get("/rules").then().body("find { it.recipientKind == 'staff' }.version", equalTo(removedAs + 1))
                    .body("find { it.recipientKind == 'staff' }.dataItems", equalTo(List.of("user.name", "user.contact.email")));
            ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(STAFF_RULE).post("/rules").andReturn(), 409);
        } finally {
            if (DisclosureRule.findFor(RecipientKind.STAFF, DisclosurePurpose.SUPPORT).isEmpty()) {
                proposals.decide(proposals.proposeRule(staffRule(staff.description), ITO).id(), TANAKA, true, "restored");
            }
        }
    }

    @Test
    void aRuleTheCatalogueGrantsNothingForOrWithABadWindowIsRefusedAndNothingIsProposed() {
        long rules = DisclosureRule.count();
        long proposed = ChangeProposal.count();
        ProblemAssertions.assertProblem(post("""
                {"recipientKind": "fraud-prevention", "purpose": "support", "legalBasis": "fraud-prevention",
                 "requiresAssignment": false, "requiresReason": true}"""), 422);
        ProblemAssertions.assertProblem(post("""
                {"recipientKind": "carrier", "purpose": "payment", "legalBasis": "outsourcing",
                 "requiresAssignment": true, "requiresReason": false, "window": %s}""".formatted(WINDOW)), 422);
        DisclosureRule carrier = DisclosureRule.findFor(RecipientKind.CARRIER, DisclosurePurpose.DELIVERY).orElseThrow();
        DisclosureRule staff = DisclosureRule.findFor(RecipientKind.STAFF, DisclosurePurpose.SUPPORT).orElseThrow();
        for (String body : List.of(CARRIER_RULE.replace(", \"window\": " + WINDOW, ""), CARRIER_RULE.replace("P14D", "P2Y"),
                CARRIER_RULE.replace("\"recipientKind\": \"carrier\"", "\"recipientKind\": \"payment-processor\""))) {
            ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(body).put("/rules/" + carrier.id).andReturn(), 422);
        }
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON)
                .body(STAFF_RULE.replace("true}", "true, \"window\": " + WINDOW + "}")).put("/rules/" + staff.id).andReturn(), 422);
        for (String body : List.of(CARRIER_RULE.replace("P14D", "P14X"), CARRIER_RULE.replace("\"shipped\"", "\"lost\""),
                CARRIER_RULE.replace("P14D", "P14D\u0000"), CARRIER_RULE.replace("[\"delivered\"]", "[]"),
                CARRIER_RULE.replace("}}", "}, \"version\": 9}"))) {
            ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(body).put("/rules/" + carrier.id).andReturn(), 400);
        }
        assertEquals(rules, DisclosureRule.count());
        assertEquals(proposed, ChangeProposal.count());
    }

    @Test
    void theDatabaseKeepsTheTwoPersonRuleAndTheHistory() throws SQLException {
        ProposalDto p = proposals.proposeRuleChange(DisclosureRule.findFor(RecipientKind.STAFF, DisclosurePurpose.SUPPORT)
                .orElseThrow().id, staffRule("Self-approved?"), TANAKA).orElseThrow();
        assertTrue(sqlFails("update change_proposal set status = 'REJECTED', decided_by = '" + TANAKA + "', decided_at = now()"
                + " where id = " + p.id()), "nobody decides their own proposal, not even in SQL");
        proposals.decide(p.id(), ITO, false, "no");
        assertTrue(sqlFails("update change_proposal set decision_note = 'rewritten' where id = " + p.id()));
        assertTrue(sqlFails("delete from change_proposal where id = " + p.id()));
    }

    private boolean sqlFails(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/rules").andReturn();
    }

    private static RuleDto staffRule(String description) {
        return new RuleDto(null, RecipientKind.STAFF, DisclosurePurpose.SUPPORT, LegalBasis.CONTRACT, false, true, description,
                null, null, null);
    }

    static final String WINDOW = "{\"opensAt\": \"shipped\", \"closesAt\": [\"delivered\"], \"grace\": \"P14D\"}";

    static final String CARRIER_RULE = """
            {"recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
             "requiresReason": false, "window": %s}""".formatted(WINDOW);

    static final String STAFF_RULE = """
            {"recipientKind": "staff", "purpose": "support", "legalBasis": "contract", "requiresAssignment": false,
             "requiresReason": true}""";
}
