package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.domain.DisclosureCase;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.domain.LedgerOutcome;
import com.japanautoparts.kura.testing.BadBody;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Malformed, mistyped, invalid and oversize bodies: a 4xx problem each, and nothing stored or released. */
@QuarkusTest
@TestSecurity(user = "officer-bad-input", roles = { Roles.PRIVACY_OFFICER, Roles.STAFF })
class BadInputTest {

    static final String KNOWN = "bad-input-carrier";
    static final String CUSTOMER = "bad-input-customer";

    static Stream<BadBody> badRecipients() {
        String valid = Fixtures.recipient("bad-input-new", "carrier", true);
        return Stream.concat(BadBody.generic().stream(), Stream.of(
                BadBody.json("id with upper case", valid.replace("\"bad-input-new\"", "\"Bad-Input\"")),
                BadBody.json("id too long", valid.replace("\"bad-input-new\"", "\"" + "a".repeat(65) + "\"")),
                BadBody.json("missing name", "{\"id\": \"bad-input-x\", \"kind\": \"carrier\", \"country\": \"JP\", \"transferMechanism\": \"domestic\"}"),
                BadBody.json("blank name", valid.replace("\"Recipient bad-input-new\"", "\"  \"")),
                BadBody.json("name too long", valid.replace("\"Recipient bad-input-new\"", "\"" + "n".repeat(201) + "\"")),
                BadBody.json("control character in name", valid.replace("\"Recipient bad-input-new\"", "\"Ya\\u0007mato\"")),
                BadBody.json("unknown kind", valid.replace("\"carrier\"", "\"pigeon\"")),
                BadBody.json("kind as a number", valid.replace("\"carrier\"", "7")),
                BadBody.json("lower-case country", valid.replace("\"JP\"", "\"jp\"")),
                BadBody.json("three-letter country", valid.replace("\"JP\"", "\"JPN\"")),
                BadBody.json("unknown transfer mechanism", valid.replace("\"domestic\"", "\"handshake\"")),
                BadBody.json("client id with spaces", valid.replace("\"bad-input-new-app\"", "\"bad input\"")),
                BadBody.json("active as a string", valid.replace("\"active\": true", "\"active\": \"yes\"")),
                BadBody.json("unknown provider field", valid.replace("\"active\": true", "\"active\": true, \"provider\": {\"ceo\": \"x\"}")),
                BadBody.json("provider address too long", valid.replace("\"active\": true", "\"active\": true, \"provider\": {\"address\": \"" + "a".repeat(301) + "\"}")),
                BadBody.json("duplicate key", valid.replace("\"active\": true", "\"active\": true, \"active\": false"))));
    }

    static Stream<BadBody> badCases() {
        String valid = CaseTest.newCaseJson("court-order", Fixtures.COURT, CUSTOMER, "user.name");
        return Stream.concat(BadBody.generic().stream(), Stream.of(
                BadBody.json("unknown type", valid.replace("court-order", "curiosity")),
                BadBody.json("type as an ordinal", valid.replace("\"court-order\"", "0")),
                BadBody.json("no subjects", valid.replace("[\"" + CUSTOMER + "\"]", "[]")),
                BadBody.json("null subject", valid.replace("[\"" + CUSTOMER + "\"]", "[null]")),
                BadBody.json("subject with a line break", valid.replace("[\"" + CUSTOMER + "\"]", "[\"a\\nb\"]")),
                BadBody.json("no data items", valid.replace("[\"user.name\"]", "[]")),
                BadBody.json("data item that is not a key", valid.replace("[\"user.name\"]", "[\"User Name!\"]")),
                BadBody.json("too many data items", valid.replace("[\"user.name\"]",
                        "[" + String.join(",", Collections.nCopies(21, "\"user.name\"")) + "]")),
                BadBody.json("blank reference document", valid.replace("\"Ref 1\"", "\"\"")),
                BadBody.json("missing requester", valid.replace("\"requester\": \"Someone\",", "")),
                BadBody.json("subjects not a list", valid.replace("[\"" + CUSTOMER + "\"]", "\"" + CUSTOMER + "\""))));
    }

    static Stream<BadBody> badReasons() {
        return Stream.concat(BadBody.generic().stream(), Stream.of(
                BadBody.json("missing reason", "{}"),
                BadBody.json("blank reason", "{\"reason\": \"          \"}"),
                BadBody.json("reason too short", "{\"reason\": \"why\"}"),
                BadBody.json("reason too long", "{\"reason\": \"" + "r".repeat(501) + "\"}"),
                BadBody.json("reason is a number", "{\"reason\": 12345678901}"),
                BadBody.json("control character in reason", "{\"reason\": \"ticket\\u0000 SUP-1234 lookup\"}")));
    }

    @BeforeEach
    void aKnownRecipientAndCustomer() {
        Fixtures.registerRecipients();
        Fixtures.register(KNOWN, "carrier", true);
        UpstreamStubs.contact(CUSTOMER);
    }

    @ParameterizedTest(name = "POST /recipients {0}")
    @MethodSource("badRecipients")
    void aBadRecipientIsRefused(BadBody bad) {
        long before = Recipient.count();
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body()).post("/recipients").andReturn());
        assertEquals(before, Recipient.count());
    }

    @ParameterizedTest(name = "PUT /recipients/" + KNOWN + " {0}")
    @MethodSource("badRecipients")
    void aBadReplacementLeavesTheRecipientIntact(BadBody bad) {
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body()).put("/recipients/" + KNOWN).andReturn());
        given().get("/recipients/" + KNOWN).then().statusCode(200).body("name", equalTo("Recipient " + KNOWN))
                .body("active", equalTo(true)).body("country", equalTo("JP"));
    }

    @ParameterizedTest(name = "POST /cases {0}")
    @MethodSource("badCases")
    void aBadCaseIsRefused(BadBody bad) {
        long before = DisclosureCase.count();
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body()).post("/cases").andReturn());
        assertEquals(before, DisclosureCase.count());
    }

    @ParameterizedTest(name = "POST support {0}")
    @MethodSource("badReasons")
    void aBadSupportRequestReleasesNothing(BadBody bad) {
        long before = LedgerEntry.count("subject = ?1 and outcome = ?2", CUSTOMER, LedgerOutcome.DISCLOSED);
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body())
                .post("/disclosures/customers/" + CUSTOMER + "/support").andReturn());
        assertEquals(before, LedgerEntry.count("subject = ?1 and outcome = ?2", CUSTOMER, LedgerOutcome.DISCLOSED));
    }

    @ParameterizedTest(name = "POST /rules {0}")
    @MethodSource("badRules")
    void aBadRuleIsRefused(BadBody bad) {
        long before = DisclosureRule.count();
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body()).post("/rules").andReturn());
        assertEquals(before, DisclosureRule.count());
    }

    static Stream<BadBody> badRules() {
        String valid = RegistryAndRulesTest.STAFF_RULE;
        return Stream.concat(BadBody.generic().stream(), Stream.of(
                BadBody.json("projections are the catalogue's", valid.replace("{", "{\"contactProjection\": \"support\",")),
                BadBody.json("data items are the catalogue's", valid.replace("{", "{\"dataItems\": [\"user.name\"],")),
                BadBody.json("no grant for the kind", valid.replace("\"staff\"", "\"affiliate\"")),
                BadBody.json("assignment for a per-customer grant", valid.replace("\"requiresAssignment\": false", "\"requiresAssignment\": true")),
                BadBody.json("unknown basis", valid.replace("\"contract\"", "\"because\"")),
                BadBody.json("id supplied", valid.replace("{", "{\"id\": 5,")),
                BadBody.json("unknown purpose", valid.replace("\"purpose\": \"support\"", "\"purpose\": \"marketing\"")),
                BadBody.json("missing kind", valid.replace("\"recipientKind\": \"staff\",", ""))));
    }

    @ParameterizedTest(name = "GET order {0}")
    @MethodSource("badIds")
    @TestSecurity(user = "service-account-carrier-a", roles = Roles.CARRIER)
    void aBadOrderIdIsRefused(String id) {
        ProblemAssertions.assertClientProblem(given().urlEncodingEnabled(false).get("/disclosures/orders/" + id + "/delivery").andReturn());
    }

    static List<String> badIds() {
        return List.of("%20leading-space", "semi%3Bcolon", "a".repeat(300), "%00nul");
    }
}
