package com.japanautoparts.kura.payment.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds card data in a request body: a Luhn-valid run of 13 to 19 digits (optionally grouped by
 * single spaces or hyphens, as people type card numbers), or a member named like a card security
 * code. Never says which value it found, so nothing it sees can leak through its answer.
 */
public final class CardDataDetector {

    /** Member names (lower case, letters and digits only) that carry a card security code. */
    static final Set<String> SECURITY_CODE_NAMES = Set.of("cvv", "cvv2", "cvc", "cvc2", "cid", "csc", "securitycode",
            "cardsecuritycode", "cardverificationvalue", "cardverificationcode", "cardcode");

    private static final int MIN_PAN_DIGITS = 13;
    private static final int MAX_PAN_DIGITS = 19;
    private static final JsonFactory JSON = new JsonFactory();

    private CardDataDetector() {
    }

    public static boolean holdsCardData(byte[] body) {
        // Raw bytes first: this also catches numbers in bodies that are not valid JSON.
        if (holdsCardNumber(new String(body, StandardCharsets.ISO_8859_1))) {
            return true;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && isSecurityCodeName(parser.currentName())) {
                    return true;
                }
                if ((token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) && holdsCardNumber(parser.getText())) {
                    return true;
                }
            }
        } catch (IOException e) {
            // Not JSON (or too deep): the JSON reader refuses it next, with a 400 that names no value.
        }
        return false;
    }

    static boolean isSecurityCodeName(String name) {
        String normalised = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return SECURITY_CODE_NAMES.contains(normalised);
    }

    /**
     * True when some consecutive digit groups of a run (groups split by one space or hyphen)
     * together hold 13-19 digits and pass the Luhn check. An ungrouped run counts only whole.
     */
    static boolean holdsCardNumber(String text) {
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\0';
            if (isAsciiDigit(c)) {
                group.append(c);
                continue;
            }
            boolean separatorInsideRun = (c == ' ' || c == '-') && !group.isEmpty()
                    && i + 1 < length && isAsciiDigit(text.charAt(i + 1));
            if (!group.isEmpty()) {
                groups.add(group.toString());
                group.setLength(0);
            }
            if (!separatorInsideRun) {
                if (anyCardNumber(groups)) {
                    return true;
                }
                groups.clear();
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean anyCardNumber(List<String> groups) {
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder digits = new StringBuilder();
            for (int last = first; last < groups.size(); last++) {
                digits.append(groups.get(last));
                if (digits.length() > MAX_PAN_DIGITS) {
                    break;
                }
                if (digits.length() >= MIN_PAN_DIGITS && luhn(digits)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
