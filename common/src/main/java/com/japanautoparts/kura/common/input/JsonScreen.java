package com.japanautoparts.kura.common.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.japanautoparts.kura.common.input.Refusal.Reason;

/**
 * One pass over a JSON request body, before anything binds it: every member name, string and number, wherever it
 * is, with the path of the field it is in. Refused, naming the field and never its value:
 * <ul>
 * <li>bytes that are not well-formed UTF-8 (overlong forms such as {@code C0 AF} for '/', encoded surrogates):
 * 400, before any decoding;</li>
 * <li>a payment card number ({@link CardNumbers}) in any string, member name or number, or spread over consecutive
 * values ("4111", "1111", "1111", "1111" in four fields), and a member named like a card security code: 422;</li>
 * <li>a forbidden character in any string or member name ({@link Text#hasForbiddenCharacter}: NUL and other
 * controls): 400;</li>
 * <li>numbers longer than {@value #MAX_NUMBER_CHARS} characters or with an exponent beyond
 * {@value #MAX_EXPONENT}, and nesting deeper than {@value #MAX_DEPTH}: 400.</li>
 * </ul>
 * A body that is not JSON is left to the JSON reader, which refuses it (400), once it has been searched for card
 * numbers as plain text. Pure: the services' {@link RequestBodyScreen} and the gateway's proxy run this same class.
 */
public final class JsonScreen {

    public static final int MAX_DEPTH = 32;
    public static final int MAX_NUMBER_CHARS = 40;
    public static final int MAX_EXPONENT = 40;

    /** Member names (lower case, letters and digits only) that carry a card security code. */
    static final Set<String> SECURITY_CODE_NAMES = Set.of("cvv", "cvv2", "cvc", "cvc2", "cid", "csc", "securitycode",
            "cardsecuritycode", "cardverificationvalue", "cardverificationcode", "cardcode");

    private static final JsonFactory JSON = new JsonFactory();

    private JsonScreen() {
    }

    /** Screens a JSON body; empty when nothing in it is refused here. */
    public static Optional<Refusal> screen(byte[] body) {
        return screen(body, 0, body.length);
    }

    public static Optional<Refusal> screen(byte[] body, int offset, int length) {
        if (Text.firstInvalidUtf8(body, offset, length) >= 0) {
            return Optional.of(Refusal.field(Reason.NOT_UTF8, "body"));
        }
        Pieces pieces = new Pieces();
        int depth = 0;
        try (JsonParser parser = JSON.createParser(body, offset, length)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            return found(Reason.TOO_DEEP, parser);
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        Optional<Refusal> finding = screenName(parser);
                        if (finding.isPresent()) {
                            return finding;
                        }
                    }
                    case VALUE_STRING -> {
                        Optional<Refusal> finding = screenString(parser, pieces);
                        if (finding.isPresent()) {
                            return finding;
                        }
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        Optional<Refusal> finding = screenNumber(parser, pieces, token == JsonToken.VALUE_NUMBER_INT);
                        if (finding.isPresent()) {
                            return finding;
                        }
                    }
                    default -> pieces.reset();
                }
            }
        } catch (IOException e) {
            // Not JSON (or not all of it): the JSON reader refuses it next with a 400 that names no value. A card
            // number in it is still card data.
            if (CardNumbers.in(new String(body, offset, length, StandardCharsets.UTF_8))) {
                return Optional.of(Refusal.field(Reason.CARD_NUMBER, "body"));
            }
        }
        return Optional.empty();
    }

    /** Screens a body that is not JSON (another content type) for card numbers. */
    public static Optional<Refusal> screenText(String text) {
        if (CardNumbers.in(text)) {
            return Optional.of(Refusal.field(Reason.CARD_NUMBER, "body"));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> screenName(JsonParser parser) throws IOException {
        String name = parser.currentName();
        if (isSecurityCodeName(name)) {
            return found(Reason.SECURITY_CODE, parser);
        }
        if (CardNumbers.in(name)) {
            return memberName(Reason.CARD_NUMBER, parser);
        }
        if (Text.hasForbiddenCharacter(name)) {
            return memberName(Reason.CONTROL_CHARACTER, parser);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> screenString(JsonParser parser, Pieces pieces) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        if (CardNumbers.in(chars, offset, length)) {
            return found(Reason.CARD_NUMBER, parser);
        }
        if (Text.hasForbiddenCharacter(chars, offset, length)) {
            return found(Reason.CONTROL_CHARACTER, parser);
        }
        if (pieces.add(CardNumbers.digitsOnly(chars, offset, length))) {
            return found(Reason.CARD_NUMBER, parser);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> screenNumber(JsonParser parser, Pieces pieces, boolean integer) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        if (length > MAX_NUMBER_CHARS || (!integer && exponentOutOfRange(chars, offset, length))) {
            return found(Reason.NUMBER_OUT_OF_RANGE, parser);
        }
        // A fraction is no card number, and its dot no separator (an epoch time such as 1796152708.600000000 would
        // read as 19 digits): a decimal number is screened by its integer part.
        if (CardNumbers.in(chars, offset, integer ? length : integerPartLength(chars, offset, length))) {
            return found(Reason.CARD_NUMBER, parser);
        }
        if (integer && length <= CardNumbers.MAX_DIGITS && chars[offset] != '-') {
            if (pieces.add(new String(chars, offset, length))) {
                return found(Reason.CARD_NUMBER, parser);
            }
        } else {
            pieces.reset();
        }
        return Optional.empty();
    }

    private static int integerPartLength(char[] chars, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (chars[i] == '.' || chars[i] == 'e' || chars[i] == 'E') {
                return i - offset;
            }
        }
        return length;
    }

    private static boolean exponentOutOfRange(char[] chars, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (chars[i] == 'e' || chars[i] == 'E') {
                int exponent = 0;
                for (int k = i + 1; k < end; k++) {
                    char c = chars[k];
                    if (c >= '0' && c <= '9') {
                        exponent = exponent * 10 + (c - '0');
                        if (exponent > MAX_EXPONENT) {
                            return true;
                        }
                    }
                }
                return false;
            }
        }
        return false;
    }

    static boolean isSecurityCodeName(String name) {
        if (name.isEmpty() || name.length() > 40) {
            return false;
        }
        char first = Character.toLowerCase(name.charAt(0));
        if (first != 'c' && first != 's') {
            return false;
        }
        StringBuilder letters = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                letters.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                letters.append((char) (c + ('a' - 'A')));
            }
        }
        return SECURITY_CODE_NAMES.contains(letters.toString());
    }

    private static Optional<Refusal> found(Reason reason, JsonParser parser) {
        return Optional.of(reason == Reason.TOO_DEEP ? Refusal.field(reason, "body")
                : Refusal.field(reason, pathOf(parser.getParsingContext())));
    }

    private static Optional<Refusal> memberName(Reason reason, JsonParser parser) {
        String object = pathOf(parser.getParsingContext().getParent());
        return Optional.of(new Refusal(reason, object, "A member name in " + ("body".equals(object) ? "the body" : "'" + object + "'")));
    }

    /** {@code lines[0].name} for the value the parser is at; "body" at the top. Unusual names are not echoed. */
    static String pathOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        append(path, context);
        return path.isEmpty() ? "body" : path.toString();
    }

    private static void append(StringBuilder path, JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(path, context.getParent());
        if (context.inArray()) {
            path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
        } else if (context.inObject()) {
            String name = context.getCurrentName();
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(name != null && isPlainName(name) ? name : "?");
        }
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.length() > 64) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        return !CardNumbers.in(name);
    }

    /**
     * Consecutive values that are nothing but digits (strings of 1-19 digits, non-negative integers), in document
     * order: a card number typed into several fields ("4111", "1111", "1111", "1111") is a card number too. Any other
     * value breaks the sequence; a value with separators inside (a date, an IP address) is not a piece, which keeps
     * neighbouring dates and versions from adding up to 13 digits.
     */
    static final class Pieces {
        private final StringBuilder digits = new StringBuilder(64);
        private final int[] starts = new int[CardNumbers.MAX_DIGITS + 1];
        private int count;

        /** Adds a value's digits (null: not a piece); true when the trailing pieces hold a card number. */
        boolean add(String pieceDigits) {
            if (pieceDigits == null) {
                reset();
                return false;
            }
            // Keep only what a window ending here can use: at most 19 digits before this piece.
            while (count > 0 && digits.length() - starts[0] > CardNumbers.MAX_DIGITS) {
                drop();
            }
            if (count == starts.length) {
                drop();
            }
            starts[count++] = digits.length();
            digits.append(pieceDigits);
            int end = digits.length();
            for (int first = count - 2; first >= 0; first--) {
                int length = end - starts[first];
                if (length > CardNumbers.MAX_DIGITS) {
                    break;
                }
                if (CardNumbers.isCardNumber(digits.subSequence(starts[first], end))) {
                    return true;
                }
            }
            return false;
        }

        void reset() {
            digits.setLength(0);
            count = 0;
        }

        private void drop() {
            if (count <= 1) {
                reset();
                return;
            }
            int cut = starts[1];
            digits.delete(0, cut);
            for (int i = 1; i < count; i++) {
                starts[i - 1] = starts[i] - cut;
            }
            count--;
        }
    }
}
