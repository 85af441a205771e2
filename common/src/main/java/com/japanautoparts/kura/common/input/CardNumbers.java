package com.japanautoparts.kura.common.input;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds payment card numbers (PANs) in text, in the forms people and keyboards produce: 13 to 19 digits passing the
 * Luhn check, in any script's digits after Unicode NFKC normalisation (so full-width {@code ４１１１} counts), with no
 * separators or with up to {@value #MAX_SEPARATORS} separators between digit groups: spaces of any kind (NBSP,
 * ideographic space), zero-width and other format characters, dots, hyphens and dashes (including the katakana
 * prolonged sound mark), slashes and middle dots, so {@code 4111 - 1111.1111/1111} counts too.
 * <p>
 * Groups combine across separators into every window of 13-19 digits; a single group longer than 19 digits is a long
 * number, not a card number. Two shapes are identifiers, never card numbers, wherever they stand in the text: a UUID
 * (8-4-4-4-12 hex digits, the form of a Keycloak subject and of order ids, also inside a longer id such as
 * {@code c-0b7f5b8e-...}) and a run of 32 or more hex digits with at least one letter (a digest such as a SHA-256).
 * <p>
 * Pure and allocation-free for ASCII text with fewer than 13 digits, the common case. Never says which value it
 * found, so nothing it sees can leak through its answer.
 */
public final class CardNumbers {

    static final int MIN_DIGITS = 13;
    static final int MAX_DIGITS = 19;
    /** Separator characters allowed between two digit groups (" - " is three). */
    static final int MAX_SEPARATORS = 4;
    private static final int DIGEST_MIN_HEX = 32;
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CardNumbers() {
    }

    /** True if the text holds a card number anywhere. */
    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        boolean ascii = true;
        int digits = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        if (ascii && digits < MIN_DIGITS) {
            return false;
        }
        String normalised = ascii ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return find(normalised, 0);
    }

    /** Like {@link #in(CharSequence)} for a char array range, as a streaming parser hands text out. */
    public static boolean in(char[] chars, int offset, int length) {
        int digits = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                return in(new String(chars, offset, length));
            }
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= MIN_DIGITS && find(new String(chars, offset, length), 0);
    }

    /**
     * The digits of a value that is nothing but 1-{@value #MAX_DIGITS} digits (any script, after NFKC), spaces around
     * them allowed: one piece of a number typed into several fields. Null for any other value.
     */
    public static String digitsOnly(char[] chars, int offset, int length) {
        if (length == 0 || length > 2 * MAX_DIGITS) {
            return null;
        }
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                return digitsOnlyNormalised(Normalizer.normalize(new String(chars, offset, length), Normalizer.Form.NFKC));
            }
            if ((c < '0' || c > '9') && c != ' ') {
                return null;
            }
        }
        return digitsOnlyNormalised(new String(chars, offset, length));
    }

    private static String digitsOnlyNormalised(String value) {
        String normalised = value.strip();
        StringBuilder digits = new StringBuilder(MAX_DIGITS);
        for (int i = 0; i < normalised.length();) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            int digit = Character.digit(cp, 10);
            if (digit < 0 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER || digits.length() == MAX_DIGITS) {
                return null;
            }
            digits.append((char) ('0' + digit));
        }
        return digits.isEmpty() ? null : digits.toString();
    }

    /** True if the digits (ASCII '0'-'9' only) pass the Luhn check. */
    public static boolean luhn(CharSequence digits) {
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

    /** True if the digits, 13-19 of them, are a card number. */
    static boolean isCardNumber(CharSequence digits) {
        return digits.length() >= MIN_DIGITS && digits.length() <= MAX_DIGITS && luhn(digits);
    }

    /** Scans the normalised text from {@code from}; a hit that is an identifier is skipped and the scan goes on. */
    private static boolean find(String text, int from) {
        Run run = new Run();
        int separators = 0;
        int i = from;
        int n = text.length();
        while (i <= n) {
            int cp = i < n ? text.codePointAt(i) : -1;
            int width = cp < 0 ? 1 : Character.charCount(cp);
            int digit = cp < 0 ? -1 : Character.digit(cp, 10);
            if (digit >= 0 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                if (run.inGroup) {
                    run.digit(digit, i + width);
                } else {
                    run.startGroup(digit, i, i + width);
                }
                separators = 0;
            } else if (cp >= 0 && isSeparator(cp) && run.hasGroups() && separators < MAX_SEPARATORS) {
                run.endGroup();
                separators++;
            } else {
                run.endGroup();
                separators = 0;
                run.clear();
            }
            if (!run.inGroup && run.hit >= 0) {
                int resume = identifierEnd(text, run.hitStart, run.hitEnd);
                if (resume < 0) {
                    return true;
                }
                // Go on after the identifier that held it.
                return find(text, resume);
            }
            i += width;
        }
        return false;
    }

    /** The digits of one run of groups and separators, with the windows checked as each group ends. */
    private static final class Run {
        private final StringBuilder digits = new StringBuilder(32);
        /** Start offset in {@link #digits} of each group, and the text positions of each group. */
        private int[] groupStarts = new int[8];
        private int[] textStarts = new int[8];
        private int[] textEnds = new int[8];
        private int groups;
        boolean inGroup;
        int hit = -1;
        int hitStart;
        int hitEnd;

        boolean hasGroups() {
            return groups > 0;
        }

        void startGroup(int digit, int textStart, int textEnd) {
            if (groups == groupStarts.length) {
                groupStarts = Arrays.copyOf(groupStarts, groups * 2);
                textStarts = Arrays.copyOf(textStarts, groups * 2);
                textEnds = Arrays.copyOf(textEnds, groups * 2);
            }
            groupStarts[groups] = digits.length();
            textStarts[groups] = textStart;
            textEnds[groups] = textEnd;
            groups++;
            digits.append((char) ('0' + digit));
            inGroup = true;
        }

        void digit(int digit, int textEnd) {
            digits.append((char) ('0' + digit));
            textEnds[groups - 1] = textEnd;
        }

        /** Checks every window of whole groups ending with the group just ended. */
        void endGroup() {
            if (!inGroup) {
                return;
            }
            inGroup = false;
            int end = digits.length();
            for (int first = groups - 1; first >= 0; first--) {
                int length = end - groupStarts[first];
                if (length > MAX_DIGITS) {
                    break;
                }
                if (length >= MIN_DIGITS && luhn(digits.subSequence(groupStarts[first], end))) {
                    hit = first;
                    hitStart = textStarts[first];
                    hitEnd = textEnds[groups - 1];
                    return;
                }
            }
        }

        void clear() {
            digits.setLength(0);
            groups = 0;
            inGroup = false;
        }
    }

    /**
     * Spaces of every kind, format characters (zero-width space and joiners, soft hyphen), dashes, dots, slashes,
     * middle dots and the katakana prolonged sound mark, which Japanese keyboards type for a hyphen.
     */
    static boolean isSeparator(int cp) {
        switch (cp) {
            case '.', '/', '\\', '_', '\u00b7', '\u30fb', '\u30fc', '\u2212', '\u2024', '\u2027':
                return true;
            default:
                int type = Character.getType(cp);
                return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                        || type == Character.DASH_PUNCTUATION;
        }
    }

    /**
     * Where the identifier holding the hit [start, end) ends, if a UUID (anywhere in the text, whatever surrounds it)
     * or a hex digest holds it; -1 when no identifier does and the hit is a card number.
     */
    private static int identifierEnd(String text, int start, int end) {
        Matcher uuid = UUID.matcher(text);
        while (uuid.find()) {
            if (uuid.start() <= start && end <= uuid.end()) {
                return uuid.end();
            }
        }
        int runStart = start;
        while (runStart > 0 && isHex(text.charAt(runStart - 1))) {
            runStart--;
        }
        int runEnd = start;
        boolean letter = false;
        while (runEnd < text.length() && isHex(text.charAt(runEnd))) {
            letter |= text.charAt(runEnd) > '9';
            runEnd++;
        }
        for (int i = runStart; i < start; i++) {
            letter |= text.charAt(i) > '9';
        }
        return end <= runEnd && runEnd - runStart >= DIGEST_MIN_HEX && letter ? runEnd : -1;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }


}
