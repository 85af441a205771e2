package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.RuleDto;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.service.RuleService;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The privacy officer keeps the registry and the need-to-know rules (switches on the data catalogue's grants) through the API. */
@QuarkusTest
@TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
class RegistryAndRulesTest {

    @Inject
    RuleService rules;

    @Test
    void registerReadUpdateAndDeactivateARecipient() {
        String id = "carrier-" + Long.toHexString(System.nanoTime());
        given().contentType(ContentType.JSON).body("""
                {"id": "%s", "name": "Yamato Transport Co., Ltd.", "kind": "carrier", "country": "JP",
                 "transferMechanism": "domestic", "contractReference": "DPA-2026-007", "oidcClientId": "%s-client",
                 "provider": {"name": "Yamato Transport Co., Ltd.", "address": "2-16-10 Ginza, Chuo-ku, Tokyo",
                              "representative": "Taro Example", "acquisition": "delivery results reported by drivers"}}"""
                .formatted(id, id))
                .post("/recipients").then().statusCode(201)
                .header("Location", endsWith("/recipients/" + id))
                .body("active", equalTo(true))
                .body("provider.representative", equalTo("Taro Example"));

        given().contentType(ContentType.JSON).body(Fixtures.recipient(id, "carrier", true)).post("/recipients")
                .then().statusCode(409);
        given().get("/recipients/" + id).then().statusCode(200).body("kind", equalTo("carrier"));
        given().get("/recipients").then().statusCode(200).body("id", hasItem(id));

        given().contentType(ContentType.JSON).body("""
                {"name": "Yamato Transport", "kind": "carrier", "country": "JP", "transferMechanism": "domestic",
                 "oidcClientId": "%s-client", "active": false}""".formatted(id))
                .put("/recipients/" + id).then().statusCode(200).body("active", equalTo(false)).body("provider", org.hamcrest.Matchers.nullValue());
        given().get("/recipients/" + id).then().body("active", equalTo(false)).body("name", equalTo("Yamato Transport"));
        ProblemAssertions.assertProblem(given().get("/recipients/no-such-recipient").andReturn(), 404);
    }

    @Test
    void anOidcClientIdBelongsToOneRecipient() {
        String first = "proc-" + Long.toHexString(System.nanoTime());
        given().contentType(ContentType.JSON).body(Fixtures.recipient(first, "payment-processor", true)).post("/recipients")
                .then().statusCode(201);
        String clash = """
                {"id": "%s-2", "name": "Clash", "kind": "payment-processor", "country": "US", "transferMechanism": "consent",
                 "oidcClientId": "%s"}""".formatted(first, Fixtures.clientOf(first));
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(clash).post("/recipients").andReturn(), 409);
        given().get("/recipients/" + first + "-2").then().statusCode(404);
    }

    @Test
    void theSeededRulesAreThereWithWhatTheCatalogueGrants() {
        given().get("/rules").then().statusCode(200)
                .body("find { it.recipientKind == 'carrier' }.purpose", equalTo("delivery"))
                .body("find { it.recipientKind == 'carrier' }.requiresAssignment", equalTo(true))
                .body("find { it.recipientKind == 'carrier' }.dataItems", equalTo(List.of("user.name", "user.contact.address.shipping",
                        "user.contact.phone_number", "user.behavior.purchase_history", "user.behavior.purchase_history.shipment")))
                .body("find { it.recipientKind == 'payment-processor' }.dataItems", equalTo(List.of("user.name",
                        "user.contact.address.billing", "user.behavior.purchase_history.amount", "user.financial.credit_card.token")))
                .body("find { it.recipientKind == 'staff' }.requiresReason", equalTo(true))
                .body("find { it.recipientKind == 'staff' }.dataItems", equalTo(List.of("user.name", "user.contact.email")))
                .body("orderProjection", everyItem(nullValue()));
    }

    @Test
    void aRuleIsDataThatSwitchesOnAGrant() {
        RuleDto staff = rules.list().stream().filter(r -> r.recipientKind() == RecipientKind.STAFF).findFirst().orElseThrow();
        given().delete("/rules/" + staff.id()).then().statusCode(204);
        try {
            ProblemAssertions.assertProblem(given().delete("/rules/" + staff.id()).andReturn(), 404);
            Response created = given().contentType(ContentType.JSON).body(STAFF_RULE).post("/rules").andReturn();
            created.then().statusCode(201).body("dataItems", equalTo(List.of("user.name", "user.contact.email")));
            assertTrue(created.header("Location").endsWith("/rules/" + created.jsonPath().getLong("id")));
            ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body(STAFF_RULE).post("/rules").andReturn(), 409);
        } finally {
            if (rules.list().stream().noneMatch(r -> r.recipientKind() == RecipientKind.STAFF)) {
                rules.create(new RuleDto(null, RecipientKind.STAFF, DisclosurePurpose.SUPPORT, LegalBasis.CONTRACT, false, true,
                        staff.description(), null));
            }
        }
    }

    @Test
    void aRuleForWhichTheCatalogueGrantsNothingIsRefused() {
        long before = DisclosureRule.count();
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("""
                {"recipientKind": "fraud-prevention", "purpose": "support", "legalBasis": "fraud-prevention",
                 "requiresAssignment": false, "requiresReason": true}""").post("/rules").andReturn(), 422);
        ProblemAssertions.assertProblem(given().contentType(ContentType.JSON).body("""
                {"recipientKind": "carrier", "purpose": "payment", "legalBasis": "outsourcing",
                 "requiresAssignment": true, "requiresReason": false}""").post("/rules").andReturn(), 422);
        assertEquals(before, DisclosureRule.count());
    }

    static final String STAFF_RULE = """
            {"recipientKind": "staff", "purpose": "support", "legalBasis": "contract", "requiresAssignment": false,
             "requiresReason": true, "description": "Answering the customer, with a stated reason for each look-up."}""";
}
