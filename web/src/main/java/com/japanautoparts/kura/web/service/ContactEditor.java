package com.japanautoparts.kura.web.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a correction form into an RFC 7396 merge patch for contact-service, starting from the data as the service holds
 * it: fields the form does not show (added by a later version of the service) are kept as they are. Lists are replaced
 * whole by a merge patch, so a changed list is sent with every other entry untouched. Each form carries a fingerprint of
 * what it showed; if the data changed in the meantime (another tab, the shop) the change is refused rather than applied
 * to the wrong entry. Pure logic, no I/O.
 */
public final class ContactEditor {

    /** The fields each list's form edits, in the order the form shows them. */
    public static final Map<String, List<String>> FIELDS = Map.of(
            "addresses", List.of("type", "country", "postalCode", "region", "locality", "line1", "line2"),
            "phones", List.of("type", "number"),
            "emails", List.of("address"));
    public static final List<String> NAME_FIELDS = List.of("family", "given", "familyKana", "givenKana");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");

    /** The data changed since the form was shown. */
    public static class StaleEditException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleEditException() {
            super("contact data changed since the form was shown");
        }
    }

    private ContactEditor() {
    }

    /** A short, stable fingerprint of one part of the data (an absent part has one too). */
    public static String fingerprint(JsonNode node) {
        String text = node == null || node.isMissingNode() || node.isNull() ? "-" : node.toString();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** {@code {"name": {...}}} with the form's family and given name; both empty removes the name. */
    public static ObjectNode namePatch(ObjectNode current, String fingerprint, Map<String, String> form) {
        JsonNode name = current.path("name");
        requireUnchanged(name, fingerprint);
        ObjectNode updated = name.isObject() ? ((ObjectNode) name).deepCopy() : JSON.objectNode();
        apply(updated, NAME_FIELDS, form, "");
        ObjectNode patch = JSON.objectNode();
        if (updated.isEmpty()) {
            patch.putNull("name");
        } else {
            patch.set("name", updated);
        }
        return patch;
    }

    /** The whole list with entry {@code index} changed by the form (or, with {@code index} null, a new entry added). */
    public static ObjectNode entryPatch(ObjectNode current, String list, Integer index, String fingerprint, Map<String, String> form) {
        ArrayNode entries = copyOf(current, list);
        ObjectNode entry;
        if (index == null) {
            entry = JSON.objectNode();
            entries.add(entry);
        } else {
            JsonNode shown = index >= 0 && index < entries.size() ? entries.get(index) : null;
            requireUnchanged(shown, fingerprint);
            if (shown == null || !shown.isObject()) {
                throw new StaleEditException();
            }
            entry = (ObjectNode) shown;
        }
        String country = form.getOrDefault("country", entry.path("country").asText("JP"));
        apply(entry, fields(list), form, country);
        return patch(list, entries);
    }

    /** The whole list without entry {@code index}. */
    public static ObjectNode removalPatch(ObjectNode current, String list, int index, String fingerprint) {
        ArrayNode entries = copyOf(current, list);
        JsonNode shown = index >= 0 && index < entries.size() ? entries.get(index) : null;
        requireUnchanged(shown, fingerprint);
        if (shown == null) {
            throw new StaleEditException();
        }
        entries.remove(index);
        return patch(list, entries);
    }

    private static List<String> fields(String list) {
        List<String> fields = FIELDS.get(list);
        if (fields == null) {
            throw new IllegalArgumentException("not a contact list");
        }
        return fields;
    }

    private static ArrayNode copyOf(ObjectNode current, String list) {
        fields(list);
        JsonNode entries = current.path(list);
        return entries.isArray() ? ((ArrayNode) entries).deepCopy() : JSON.arrayNode();
    }

    private static ObjectNode patch(String list, ArrayNode entries) {
        ObjectNode patch = JSON.objectNode();
        patch.set(list, entries);
        return patch;
    }

    private static void requireUnchanged(JsonNode shown, String fingerprint) {
        if (fingerprint == null || !fingerprint.equals(fingerprint(shown))) {
            throw new StaleEditException();
        }
    }

    /** Sets each submitted field (trimmed, width-normalised where people type digits); an empty one is removed. */
    private static void apply(ObjectNode target, List<String> fields, Map<String, String> form, String country) {
        for (String field : fields) {
            if (!form.containsKey(field)) {
                continue;
            }
            String value = normalise(field, form.get(field), country);
            if (value.isEmpty()) {
                target.remove(field);
            } else {
                target.put(field, value);
            }
        }
    }

    /**
     * Trims every value. Postal codes and phone numbers are typed in full-width digits on Japanese keyboards, so they
     * are folded to ASCII (NFKC); a Japanese postal code of seven digits gets its hyphen (1500001 -> 150-0001).
     */
    static String normalise(String field, String value, String country) {
        String text = value == null ? "" : value.strip();
        if (field.equals("postalCode") || field.equals("number")) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('ー', '-').replace('−', '-');
            if (field.equals("postalCode") && "JP".equals(country) && SEVEN_DIGITS.matcher(text).matches()) {
                text = text.substring(0, 3) + "-" + text.substring(3);
            }
        }
        return text;
    }
}
