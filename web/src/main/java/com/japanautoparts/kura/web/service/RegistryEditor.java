package com.japanautoparts.kura.web.service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.catalogue.RecipientKind;

/**
 * Turns the console's change forms into the whole new state of a rule or recipient, as disclosure-service's proposals
 * take it. The base is the rule or recipient as the service sent it (JSON), so a field the pages do not show (a
 * recipient's provider details, its OIDC client) is proposed unchanged; only what the service assigns or derives
 * (a rule's {@code id} and {@code dataItems}, the {@code version}) is left out. A form shown for another version than the one held now
 * is refused. A new recipient or rule is built from its form alone; a new rule only for a recipient kind and purpose the
 * data catalogue grants ({@link NeedToKnow}), per order (with a window) exactly when the grant is. Pure: no I/O.
 */
public final class RegistryEditor {

    public static final List<String> LEGAL_BASES = List.of("contract", "consent", "legal-order", "harmful-conduct",
            "fraud-prevention", "credit-risk", "business-transfer", "outsourcing");
    public static final List<String> STAGES = List.of("placed", "paid", "shipped", "delivered", "cancelled", "refunded");
    public static final List<String> TRANSFER_MECHANISMS = List.of("domestic", "consent", "equivalent-measures", "adequacy");
    /** Every recipient kind of the data catalogue, by its key. */
    public static final List<String> RECIPIENT_KINDS = Arrays.stream(RecipientKind.values()).map(RecipientKind::key).toList();
    /** A recipient id as disclosure-service allows it (common's {@code Identifiers.RECIPIENT_ID}). */
    public static final Pattern RECIPIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    /** An OIDC client id as disclosure-service allows it. */
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,254}");

    /** The form was shown for another version than the one the service holds now. */
    public static class StaleFormException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleFormException() {
            super("changed since the form was shown");
        }
    }

    /** What the form proposing a new recipient sent. */
    public record NewRecipient(String id, String name, String kind, String country, String transferMechanism,
            String contractReference, String oidcClientId) {

        /** The form as first shown: nothing entered. */
        public static final NewRecipient EMPTY = new NewRecipient("", "", null, "JP", "domestic", "", "");
    }

    /** What the form proposing a new rule sent: the pair {@code kind/purpose}, and a window for a per-order pair. */
    public record NewRule(String pair, String legalBasis, boolean requiresReason, String description, String opensAt,
            List<String> closesAt, String grace) {

        /** The form as first shown: nothing entered. */
        public static final NewRule EMPTY = new NewRule(null, null, false, "", null, List.of(), "");

        public NewRule {
            closesAt = closesAt == null ? List.of() : List.copyOf(closesAt);
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
        if (!oneOf(LEGAL_BASES, legalBasis)) {
            throw new PrivacyOffice.InvalidFormException("legalBasis");
        }
        ObjectNode rule = withoutAssigned(current);
        rule.remove("id");
        rule.remove("dataItems");
        rule.put("legalBasis", legalBasis);
        rule.put("requiresReason", requiresReason);
        text(rule, "description", description);
        if (current.path("window").isObject()) {
            window((ObjectNode) rule.path("window"), opensAt, closesAt, grace);
        }
        return rule;
    }

    /**
     * A new rule for the form's pair ({@code carrier/delivery}), which the data catalogue must grant:
     * per order (with the form's window) exactly when the grant is; a per-customer rule gets no window, whatever the
     * form sent.
     */
    public static ObjectNode newRule(NewRule form) {
        NeedToKnow.Grant grant = grant(form.pair()).orElseThrow(() -> new PrivacyOffice.InvalidFormException("pair"));
        if (!oneOf(LEGAL_BASES, form.legalBasis())) {
            throw new PrivacyOffice.InvalidFormException("legalBasis");
        }
        ObjectNode rule = JsonNodeFactory.instance.objectNode();
        rule.put("recipientKind", grant.recipient().key());
        rule.put("purpose", grant.purpose().key());
        rule.put("legalBasis", form.legalBasis());
        rule.put("requiresAssignment", grant.perOrder());
        rule.put("requiresReason", form.requiresReason());
        text(rule, "description", form.description());
        if (grant.perOrder()) {
            window(rule.putObject("window"), form.opensAt(), form.closesAt(), form.grace());
        }
        return rule;
    }

    /** The catalogue's grant for a pair {@code kind/purpose} as the new-rule form names it; empty when there is none. */
    public static Optional<NeedToKnow.Grant> grant(String kindAndPurpose) {
        String[] pair = kindAndPurpose == null ? new String[0] : kindAndPurpose.split("/", -1);
        if (pair.length != 2) {
            return Optional.empty();
        }
        Optional<RecipientKind> kind = RecipientKind.parse(pair[0]);
        Optional<DisclosurePurpose> purpose = DisclosurePurpose.parse(pair[1]);
        return kind.isEmpty() || purpose.isEmpty() ? Optional.empty() : NeedToKnow.grant(kind.get(), purpose.get());
    }

    /** The pair's name in forms and proposals: {@code carrier/delivery}. */
    public static String pair(NeedToKnow.Grant grant) {
        return grant.recipient().key() + "/" + grant.purpose().key();
    }

    private static void window(ObjectNode window, String opensAt, List<String> closesAt, String grace) {
        List<String> closes = closesAt == null ? List.of() : closesAt.stream().filter(STAGES::contains).distinct().toList();
        String period = grace == null ? "" : grace.strip().toUpperCase(Locale.ROOT);
        if (!oneOf(STAGES, opensAt) || closes.isEmpty() || period.isEmpty()) {
            throw new PrivacyOffice.InvalidFormException("window");
        }
        window.put("opensAt", opensAt);
        ArrayNode list = window.putArray("closesAt");
        closes.forEach(list::add);
        window.put("grace", period);
    }

    /** Removing a rule is proposed against the version shown. */
    public static void removal(JsonNode current, String shownVersion) {
        requireVersion(current, shownVersion);
    }

    /** The recipient {@code current} with the form's name, country, transfer mechanism, contract reference and activity. */
    public static ObjectNode recipientChange(JsonNode current, String shownVersion, String name, String country,
            String transferMechanism, String contractReference, boolean active) {
        requireVersion(current, shownVersion);
        ObjectNode recipient = withoutAssigned(current);
        details(recipient, name, country, transferMechanism, contractReference);
        recipient.put("active", active);
        return recipient;
    }

    /**
     * A new recipient from its form: its id (as disclosure-service allows it), name, kind (one of the
     * catalogue's), country, transfer mechanism, contract reference and OIDC client id (the last two may be left
     * empty). It starts active; provider details are added later by a change.
     */
    public static ObjectNode newRecipient(NewRecipient form) {
        String recipientId = form.id() == null ? "" : form.id().strip();
        if (!RECIPIENT_ID.matcher(recipientId).matches()) {
            throw new PrivacyOffice.InvalidFormException("id");
        }
        if (!oneOf(RECIPIENT_KINDS, form.kind())) {
            throw new PrivacyOffice.InvalidFormException("kind");
        }
        String clientId = form.oidcClientId() == null ? "" : form.oidcClientId().strip();
        if (!clientId.isEmpty() && !CLIENT_ID.matcher(clientId).matches()) {
            throw new PrivacyOffice.InvalidFormException("oidcClientId");
        }
        ObjectNode recipient = JsonNodeFactory.instance.objectNode();
        recipient.put("id", recipientId);
        recipient.put("kind", form.kind());
        details(recipient, form.name(), form.country(), form.transferMechanism(), form.contractReference());
        text(recipient, "oidcClientId", clientId);
        recipient.put("active", true);
        return recipient;
    }

    private static void details(ObjectNode recipient, String name, String country, String transferMechanism,
            String contractReference) {
        if (!oneOf(TRANSFER_MECHANISMS, transferMechanism)) {
            throw new PrivacyOffice.InvalidFormException("transferMechanism");
        }
        if (name == null || name.isBlank()) {
            throw new PrivacyOffice.InvalidFormException("name");
        }
        recipient.put("name", name.strip());
        recipient.put("country", country == null ? "" : country.strip().toUpperCase(Locale.ROOT));
        recipient.put("transferMechanism", transferMechanism);
        text(recipient, "contractReference", contractReference);
    }

    /** Whether {@code value} is one of {@code values}; null is none (the lists do not take null). */
    private static boolean oneOf(List<String> values, String value) {
        return value != null && values.contains(value);
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
