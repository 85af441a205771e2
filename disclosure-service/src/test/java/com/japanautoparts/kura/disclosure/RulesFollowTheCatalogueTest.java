package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.DisclosureDto;
import com.japanautoparts.kura.disclosure.domain.ChangeProposal;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.service.BrokerService;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * "What does a carrier see" has one answer, the data catalogue's {@link NeedToKnow}: every rule the migrations seed
 * and every rule the API accepts switches on exactly one grant (same recipient kind and purpose; an assignment check and
 * a disclosure window exactly when the grant is per order), and what the broker releases under a rule is exactly the
 * grant's categories, from the one service the catalogue says serves it (contact- and payment-service answering with full
 * data, as {@link UpstreamStubs} has them).
 */
@QuarkusTest
class RulesFollowTheCatalogueTest {

    /** A registered recipient of each kind a grant names, to ask the broker as. */
    private static final Map<RecipientKind, String> RECIPIENT_OF_KIND = Map.of(RecipientKind.CARRIER, Fixtures.CARRIER_A,
            RecipientKind.PAYMENT_PROCESSOR, Fixtures.PROCESSOR, RecipientKind.STAFF, Fixtures.STAFF_DESK);

    @Inject
    BrokerService broker;

    @BeforeEach
    void recipients() {
        Fixtures.registerRecipients();
    }

    @Test
    void everySeededRuleSwitchesOnAGrantAndEveryGrantHasARule() {
        List<DisclosureRule> rules = DisclosureRule.listAllSorted();
        for (DisclosureRule rule : rules) {
            NeedToKnow.Grant grant = NeedToKnow.grant(rule.recipientKind, rule.purpose)
                    .orElseThrow(() -> new AssertionError("rule " + rule.id + " has no grant in the catalogue"));
            assertEquals(grant.perOrder(), rule.requiresAssignment, "rule " + rule.id + ": assignment iff per order");
            assertEquals(grant.perOrder(), rule.window().isPresent(), "rule " + rule.id + ": a disclosure window iff per order");
        }
        for (NeedToKnow.Grant grant : NeedToKnow.GRANTS) {
            assertTrue(rules.stream().anyMatch(r -> r.recipientKind == grant.recipient() && r.purpose == grant.purpose()),
                    grant.recipient().key() + "/" + grant.purpose().key() + " is granted but no rule switches it on");
        }
    }

    @Test
    void theBrokerReleasesExactlyTheGrantsCategoriesUnderEveryRule() {
        for (DisclosureRule rule : DisclosureRule.listAllSorted()) {
            NeedToKnow.Grant grant = NeedToKnow.grant(rule.recipientKind, rule.purpose).orElseThrow();
            String recipient = RECIPIENT_OF_KIND.get(rule.recipientKind);
            assertNotNull(recipient, "register a recipient of kind " + rule.recipientKind.key() + " in Fixtures");
            DisclosureDto released = release(grant, recipient);

            Set<String> granted = grant.categories().stream().map(DataCategory::key).collect(Collectors.toSet());
            String what = grant.recipient().key() + "/" + grant.purpose().key();
            assertEquals(granted, Set.copyOf(released.dataItems()), what + ": released items");
            assertEquals(granted, Set.copyOf(LedgerEntry.<LedgerEntry> findById(released.disclosureId()).dataItems),
                    what + ": recorded items");
            assertFalse(released.dataItems().contains(DataCategory.CUSTOMER_ID.key()), what + ": the customer id stays inside");
        }
    }

    /** Every kind, purpose and assignment setting an officer could propose: only what matches a grant is ever proposed. */
    @ParameterizedTest(name = "POST /rules {0}/{1} requiresAssignment={2}")
    @MethodSource("everyRuleAnOfficerCouldPost")
    @TestSecurity(user = "officer-tanaka", roles = Roles.PRIVACY_OFFICER)
    void theApiStoresNoRuleWithoutAMatchingGrant(RecipientKind kind, DisclosurePurpose purpose, boolean requiresAssignment) {
        long before = DisclosureRule.count();
        long proposed = ChangeProposal.count();
        String window = requiresAssignment ? ", \"window\": {\"opensAt\": \"shipped\", \"closesAt\": [\"delivered\"], \"grace\": \"P14D\"}" : "";
        int status = given().contentType(ContentType.JSON).body("""
                {"recipientKind": "%s", "purpose": "%s", "legalBasis": "contract", "requiresAssignment": %s, "requiresReason": false%s}"""
                .formatted(kind.key(), purpose.key(), requiresAssignment, window)).post("/rules").then().extract().statusCode();
        boolean matchesAGrant = NeedToKnow.grant(kind, purpose).filter(g -> g.perOrder() == requiresAssignment).isPresent();
        // Every grant already has its seeded rule, so a matching one is a duplicate: 409, never a second rule.
        assertEquals(matchesAGrant ? 409 : 422, status);
        assertEquals(before, DisclosureRule.count());
        assertEquals(proposed, ChangeProposal.count(), "not even a proposal");
    }

    static Stream<Arguments> everyRuleAnOfficerCouldPost() {
        return Stream.of(RecipientKind.values()).flatMap(kind -> Stream.of(DisclosurePurpose.values())
                .flatMap(purpose -> Stream.of(true, false).map(assignment -> Arguments.of(kind, purpose, assignment))));
    }

    /** Per order: an order assigned to the recipient; per customer: a staff look-up. Full data upstream. */
    private DisclosureDto release(NeedToKnow.Grant grant, String recipient) {
        String customer = Fixtures.unique("cust");
        UpstreamStubs.contact(customer);
        if (grant.perOrder()) {
            assertFalse(grant.ownedBy(DataOwner.PAYMENT).isEmpty(),
                    "a per-order grant names order data: the order is how the broker finds the customer and the assignee");
            String order = Fixtures.orderId();
            UpstreamStubs.order(order, customer, Fixtures.CARRIER_A, Fixtures.PROCESSOR);
            DisclosureDto released = broker.discloseOrder(Fixtures.clientOf(recipient), order, grant.purpose().key());
            assertEquals(0, UpstreamStubs.contactRequestsFor(customer), "a per-order grant is served by payment-service alone");
            return released;
        }
        assertEquals(RecipientKind.STAFF, grant.recipient(), "per-customer data goes to staff only (the support look-up)");
        assertEquals(DisclosurePurpose.SUPPORT, grant.purpose(), "the support look-up is the one per-customer endpoint");
        assertTrue(grant.ownedBy(DataOwner.PAYMENT).isEmpty(), "a customer look-up fetches contact data only");
        assertEquals(DataOwner.CONTACT, grant.servedBy());
        return broker.discloseSupport("staff-sato", customer, "Customer called about a missing parcel, ticket SUP-1234");
    }
}
