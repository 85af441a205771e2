package com.japanautoparts.kura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.japanautoparts.kura.web.service.PrivacyOffice;
import com.japanautoparts.kura.web.service.RegistryEditor;

/** The registry's change forms become whole proposals; pure, no Quarkus start. */
class RegistryEditorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPerCustomerRuleGetsNoWindowAndLosesNothingElse() throws Exception {
        JsonNode staff = JSON.readTree("""
                {"id": 3, "recipientKind": "staff", "purpose": "support", "legalBasis": "contract", "requiresAssignment": false,
                 "requiresReason": true, "description": "old", "version": 4, "dataItems": ["user.name"], "extra": 1}""");
        ObjectNode rule = RegistryEditor.ruleChange(staff, "4", "contract", false, "  ", "shipped", List.of("delivered"), "P1D");
        assertEquals(JSON.readTree("""
                {"recipientKind": "staff", "purpose": "support", "legalBasis": "contract", "requiresAssignment": false,
                 "requiresReason": false, "extra": 1}"""), rule);
        assertFalse(staff.path("description").isMissingNode(), "the rule read is not changed");
    }

    @Test
    void unusableValuesAreRefusedBeforeAnythingIsSent() throws Exception {
        JsonNode carrier = JSON.readTree("""
                {"id": 1, "recipientKind": "carrier", "purpose": "delivery", "legalBasis": "outsourcing", "requiresAssignment": true,
                 "window": {"opensAt": "shipped", "closesAt": ["delivered"], "grace": "P14D"}, "version": 2}""");
        assertThrows(PrivacyOffice.InvalidFormException.class,
                () -> RegistryEditor.ruleChange(carrier, "2", "magic", false, null, "shipped", List.of("delivered"), "P14D"));
        assertThrows(PrivacyOffice.InvalidFormException.class,
                () -> RegistryEditor.ruleChange(carrier, "2", "outsourcing", false, null, "shipped", List.of("later"), "P14D"));
        // A field the browser did not send is refused too (not a 500).
        assertThrows(PrivacyOffice.InvalidFormException.class,
                () -> RegistryEditor.ruleChange(carrier, "2", null, false, null, "shipped", List.of("delivered"), "P14D"));
        assertThrows(PrivacyOffice.InvalidFormException.class,
                () -> RegistryEditor.ruleChange(carrier, "2", "outsourcing", false, null, null, List.of("delivered"), "P14D"));
        assertThrows(RegistryEditor.StaleFormException.class,
                () -> RegistryEditor.ruleChange(carrier, "1", "outsourcing", false, null, "shipped", List.of("delivered"), "P14D"));
        JsonNode recipient = JSON.readTree("{\"id\": \"x1\", \"name\": \"X\", \"version\": 1}");
        assertThrows(PrivacyOffice.InvalidFormException.class,
                () -> RegistryEditor.recipientChange(recipient, "1", "X", "JP", "teleport", null, true));
        assertThrows(PrivacyOffice.InvalidFormException.class,
                () -> RegistryEditor.recipientChange(recipient, "1", " ", "JP", "domestic", null, true));
    }

    @Test
    void aNewPerOrderRuleGetsTheGrantsFlagAndItsWindow() throws Exception {
        ObjectNode rule = RegistryEditor.newRule(new RegistryEditor.NewRule("payment-processor/payment", "outsourcing", true,
                " Card payments ", "paid", List.of("refunded", "later", "cancelled", "refunded"), " p30d "));
        assertEquals(JSON.readTree("""
                {"recipientKind": "payment-processor", "purpose": "payment", "legalBasis": "outsourcing",
                 "requiresAssignment": true, "requiresReason": true, "description": "Card payments",
                 "window": {"opensAt": "paid", "closesAt": ["refunded", "cancelled"], "grace": "P30D"}}"""), rule);
    }

    @Test
    void aNewPerCustomerRuleGetsNoWindowWhateverTheFormSent() throws Exception {
        ObjectNode rule = RegistryEditor.newRule(new RegistryEditor.NewRule("staff/support", "contract", false, "",
                "shipped", List.of("delivered"), "P1D"));
        assertEquals(JSON.readTree("""
                {"recipientKind": "staff", "purpose": "support", "legalBasis": "contract", "requiresAssignment": false,
                 "requiresReason": false}"""), rule);
    }

    @Test
    void aNewRuleOnlyForAPairTheCatalogueGrantsAndWithAWindowWhenPerOrder() {
        for (String pair : new String[] { "analytics/delivery", "carrier/support", "carrier", "carrier/delivery/x", "",
                "/delivery", null }) {
            assertThrows(PrivacyOffice.InvalidFormException.class, () -> RegistryEditor.newRule(
                    new RegistryEditor.NewRule(pair, "contract", false, null, "shipped", List.of("delivered"), "P14D")), pair);
        }
        assertThrows(PrivacyOffice.InvalidFormException.class, () -> RegistryEditor.newRule(
                new RegistryEditor.NewRule("carrier/delivery", "outsourcing", false, null, "shipped", List.of(), "P14D")));
        assertThrows(PrivacyOffice.InvalidFormException.class, () -> RegistryEditor.newRule(
                new RegistryEditor.NewRule("carrier/delivery", "outsourcing", false, null, null, List.of("delivered"), "P14D")));
        assertThrows(PrivacyOffice.InvalidFormException.class, () -> RegistryEditor.newRule(
                new RegistryEditor.NewRule("carrier/delivery", "outsourcing", false, null, "shipped", List.of("delivered"), " ")));
        assertThrows(PrivacyOffice.InvalidFormException.class, () -> RegistryEditor.newRule(
                new RegistryEditor.NewRule("carrier/delivery", "magic", false, null, "shipped", List.of("delivered"), "P14D")));
    }

    @Test
    void aNewRecipientIsBuiltFromItsFormAlone() throws Exception {
        ObjectNode recipient = RegistryEditor.newRecipient(new RegistryEditor.NewRecipient(" carrier-sagawa ", " Sagawa Express ",
                "carrier", " jp ", "domestic", " ", " carrier-sagawa "));
        assertEquals(JSON.readTree("""
                {"id": "carrier-sagawa", "kind": "carrier", "name": "Sagawa Express", "country": "JP",
                 "transferMechanism": "domestic", "oidcClientId": "carrier-sagawa", "active": true}"""), recipient);
        ObjectNode noClient = RegistryEditor.newRecipient(new RegistryEditor.NewRecipient("bureau-1", "Bureau", "credit-bureau",
                "SG", "equivalent-measures", "DPA-7", ""));
        assertFalse(noClient.has("oidcClientId"), "an empty client id is left out");
        assertEquals("DPA-7", noClient.path("contractReference").asText());
    }

    @Test
    void aNewRecipientWithAnUnusableValueIsRefusedBeforeAnythingIsSent() {
        List<RegistryEditor.NewRecipient> refused = List.of(
                new RegistryEditor.NewRecipient("Carrier X", "X", "carrier", "JP", "domestic", null, null),
                new RegistryEditor.NewRecipient("x", "X", "carrier", "JP", "domestic", null, null),
                new RegistryEditor.NewRecipient(null, "X", "carrier", "JP", "domestic", null, null),
                new RegistryEditor.NewRecipient("carrier-x", "X", "spaceship", "JP", "domestic", null, null),
                new RegistryEditor.NewRecipient("carrier-x", "X", null, "JP", "domestic", null, null),
                new RegistryEditor.NewRecipient("carrier-x", " ", "carrier", "JP", "domestic", null, null),
                new RegistryEditor.NewRecipient("carrier-x", "X", "carrier", "JP", "teleport", null, null),
                new RegistryEditor.NewRecipient("carrier-x", "X", "carrier", "JP", "domestic", null, "client id with spaces"));
        for (RegistryEditor.NewRecipient form : refused) {
            assertThrows(PrivacyOffice.InvalidFormException.class, () -> RegistryEditor.newRecipient(form), form.toString());
        }
    }
}
