package com.japanautoparts.kura.web.service;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns the console's change forms into the whole new state of a rule or recipient, as disclosure-service's proposals
 * take it. The base is the rule or recipient as the service sent it (JSON), so a field the pages do not show (a
 * recipient's provider details, its OIDC client) is proposed unchanged; only what the service assigns or derives
 * (a rule's {@code id} and {@code dataItems}, the {@code version}) is left out. A form shown for another version than the one held now
 * is refused. Pure: no I/O.
 */
public final class RegistryEditor {

    public static final List<String> LEGAL_BASES = List.of("contract", "consent", "legal-order", "harmful-conduct",
            "fraud-prevention", "credit-risk", "business-transfer", "outsourcing");
    public static final List<String> STAGES = List.of("placed", "paid", "shipped", "delivered", "cancelled", "refunded");
    public static final List<String> TRANSFER_MECHANISMS = List.of("domestic", "consent", "equivalent-measures", "adequacy");

    /** The form was shown for another version than the one the service holds now. */
    public static class StaleFormException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleFormException() {
            super("changed since the form was shown");
        }
    }

    private RegistryEditor() {
    }

    /**
     * The rule {@code current} with the form's legal basis, reason requirement, description and (a per-order rule) window;
     * its recipient kind, purpose and per-order flag stay (the service refuses changing them).
     */
    public static ObjectNode ruleChange(JsonNode current, String shownVersion, String legalBasis, boolean requiresReason,
            String description, String opensAt, List<String> closesAt, String grace) {
        requireVersion(current, shownVersion);
        if (!LEGAL_BASES.contains(legalBasis)) {
            throw new PrivacyOffice.InvalidFormException("legalBasis");
        }
        ObjectNode rule = withoutAssigned(current);
        rule.remove("id");
        rule.remove("dataItems");
        rule.put("legalBasis", legalBasis);
        rule.put("requiresReason", requiresReason);
        text(rule, "description", description);
        if (current.path("window").isObject()) {
            List<String> closes = closesAt == null ? List.of() : closesAt.stream().filter(STAGES::contains).distinct().toList();
            String period = grace == null ? "" : grace.strip().toUpperCase(Locale.ROOT);
            if (!STAGES.contains(opensAt) || closes.isEmpty() || period.isEmpty()) {
                throw new PrivacyOffice.InvalidFormException("window");
            }
            ObjectNode window = (ObjectNode) rule.path("window");
            window.put("opensAt", opensAt);
            ArrayNode list = window.putArray("closesAt");
            closes.forEach(list::add);
            window.put("grace", period);
        }
        return rule;
    }

    /** Removing a rule is proposed against the version shown. */
    public static void removal(JsonNode current, String shownVersion) {
        requireVersion(current, shownVersion);
    }

    /** The recipient {@code current} with the form's name, country, transfer mechanism, contract reference and activity. */
    public static ObjectNode recipientChange(JsonNode current, String shownVersion, String name, String country,
            String transferMechanism, String contractReference, boolean active) {
        requireVersion(current, shownVersion);
        if (!TRANSFER_MECHANISMS.contains(transferMechanism)) {
            throw new PrivacyOffice.InvalidFormException("transferMechanism");
        }
        if (name == null || name.isBlank()) {
            throw new PrivacyOffice.InvalidFormException("name");
        }
        ObjectNode recipient = withoutAssigned(current);
        recipient.put("name", name.strip());
        recipient.put("country", country == null ? "" : country.strip().toUpperCase(Locale.ROOT));
        recipient.put("transferMechanism", transferMechanism);
        text(recipient, "contractReference", contractReference);
        recipient.put("active", active);
        return recipient;
    }

    private static void requireVersion(JsonNode current, String shownVersion) {
        if (!current.path("version").asText("").equals(shownVersion == null ? "" : shownVersion.strip())) {
            throw new StaleFormException();
        }
    }

    private static ObjectNode withoutAssigned(JsonNode current) {
        ObjectNode copy = ((ObjectNode) current).deepCopy();
        copy.remove("version");
        return copy;
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value == null || value.isBlank()) {
            node.remove(field);
        } else {
            node.put(field, value.strip());
        }
    }
}
