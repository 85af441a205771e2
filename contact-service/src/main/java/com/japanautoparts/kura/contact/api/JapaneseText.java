package com.japanautoparts.kura.contact.api;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How Japanese input is written the one way Kura keeps it: a name's reading in full-width katakana (from half-width
 * katakana or hiragana too), a postal code as {@code NNN-NNNN} (from {@code 〒}, full-width digits, no hyphen or a long
 * dash). Pure functions, applied by the API records as they are read, before validation.
 */
public final class JapaneseText {

    /** Full-width katakana, the long-vowel mark, the middle dot and spaces between words: a reading as stored. */
    public static final String KATAKANA = "^[\\u30A1-\\u30FA\\u30FB\\u30FC\\u30FD\\u30FE]+( [\\u30A1-\\u30FA\\u30FB\\u30FC\\u30FD\\u30FE]+)*$";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern DASHES = Pattern.compile("[\\-\\u2010-\\u2015\\u2212\\u30FC\\uFF0D\\uFF70]");
    private static final Pattern SEVEN_DIGITS = Pattern.compile("^\\d{7}$");

    private JapaneseText() {
    }

    /**
     * A reading in full-width katakana: NFKC (half-width katakana become full-width, with their voicing marks joined),
     * hiragana shifted to katakana, runs of spaces (full-width too) made one, trimmed. Anything else is left for
     * validation to refuse; {@code null} stays {@code null}.
     */
    public static String kana(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(isHiragana(c) ? c + 0x60 : c));
        return SPACES.matcher(out).replaceAll(" ").trim();
    }

    /**
     * A Japanese postal code as {@code NNN-NNNN}: NFKC (full-width digits and hyphens become ASCII), the postal mark
     * {@code 〒}, spaces and any dash removed; seven digits are written {@code NNN-NNNN}. Anything else comes back as
     * given (trimmed), for validation to refuse.
     */
    public static String postalCode(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFKC).replace("\u3012", "").replace("\u3036", "");
        String digits = DASHES.matcher(SPACES.matcher(text).replaceAll("")).replaceAll("");
        if (SEVEN_DIGITS.matcher(digits).matches()) {
            return digits.substring(0, 3) + "-" + digits.substring(3);
        }
        return value.trim();
    }

    /** Hiragana letters and the iteration marks ゝゞ, whose katakana lie 0x60 higher. */
    private static boolean isHiragana(int c) {
        return (c >= 0x3041 && c <= 0x3096) || c == 0x309D || c == 0x309E;
    }
}
