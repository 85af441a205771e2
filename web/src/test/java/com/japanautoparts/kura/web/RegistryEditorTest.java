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
        assertThrows(RegistryEditor.StaleFormException.class,
                () -> RegistryEditor.ruleChange(carrier, "1", "outsourcing", false, null, "shipped", List.of("delivered"), "P14D"));
        JsonNode recipient = JSON.readTree("{\"id\": \"x1\", \"name\": \"X\", \"version\": 1}");
        assertThrows(PrivacyOffice.InvalidFormException.class,
                () -> RegistryEditor.recipientChange(recipient, "1", "X", "JP", "teleport", null, true));
        assertThrows(PrivacyOffice.InvalidFormException.class,
                () -> RegistryEditor.recipientChange(recipient, "1", " ", "JP", "domestic", null, true));
    }
}
