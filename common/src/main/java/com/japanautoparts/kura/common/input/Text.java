package com.japanautoparts.kura.common.input;

/**
 * What every text Kura accepts must be: well-formed UTF-8 when it arrives as bytes (no overlong forms, no encoded
 * surrogates, nothing above U+10FFFF, nothing cut short), and without control characters once decoded. Line breaks and
 * tabs are the one exception the screens allow, for the few fields documented as multi-line (a policy summary); every
 * single-line field refuses them with its own pattern ({@link #SINGLE_LINE}).
 */
public final class Text {

    /** A Bean Validation pattern for single-line text: no control characters at all, line breaks and tabs included. */
    public static final String SINGLE_LINE = "^[^\\p{Cntrl}]*$";
    public static final String SINGLE_LINE_MESSAGE = "must not contain control characters";

    private Text() {
    }

    /** The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. */
    public static int firstInvalidUtf8(byte[] bytes, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int needed;
            int min2 = 0x80;
            int max2 = 0xbf;
            if (b >= 0xc2 && b <= 0xdf) {
                needed = 1;
            } else if (b >= 0xe0 && b <= 0xef) {
                needed = 2;
                if (b == 0xe0) {
                    min2 = 0xa0; // overlong three-byte forms
                } else if (b == 0xed) {
                    max2 = 0x9f; // UTF-16 surrogates
                }
            } else if (b >= 0xf0 && b <= 0xf4) {
                needed = 3;
                if (b == 0xf0) {
                    min2 = 0x90; // overlong four-byte forms
                } else if (b == 0xf4) {
                    max2 = 0x8f; // above U+10FFFF
                }
            } else {
                return i; // a stray continuation byte, an overlong two-byte lead (C0, C1) or F5-FF
            }
            if (i + needed >= end) {
                return i; // cut short
            }
            int second = bytes[i + 1] & 0xff;
            if (second < min2 || second > max2) {
                return i;
            }
            for (int k = 2; k <= needed; k++) {
                int next = bytes[i + k] & 0xff;
                if (next < 0x80 || next > 0xbf) {
                    return i;
                }
            }
            i += needed + 1;
        }
        return -1;
    }

    /** True if the bytes are well-formed UTF-8. */
    public static boolean isUtf8(byte[] bytes) {
        return firstInvalidUtf8(bytes, 0, bytes.length) < 0;
    }

    /**
     * True if the text holds a character no field accepts: a C0 control other than tab, line feed and carriage
     * return (NUL included), DEL, a C1 control, a lone surrogate, or the noncharacters U+FFFE and U+FFFF.
     */
    public static boolean hasForbiddenCharacter(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            int skip = check(c, i + 1 < n ? text.charAt(i + 1) : 0);
            if (skip < 0) {
                return true;
            }
            i += skip;
        }
        return false;
    }

    /** Like {@link #hasForbiddenCharacter(CharSequence)} for a char array range, as a streaming parser hands text out. */
    public static boolean hasForbiddenCharacter(char[] chars, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            int skip = check(c, i + 1 < end ? chars[i + 1] : 0);
            if (skip < 0) {
                return true;
            }
            i += skip;
        }
        return false;
    }

    /** -1 if {@code c} is forbidden, else how many more chars it takes (1 for a surrogate pair). */
    private static int check(char c, char next) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r' ? 0 : -1;
        }
        if (c <= 0x9f || c == 0xfffe || c == 0xffff || Character.isLowSurrogate(c)) {
            return -1;
        }
        if (Character.isHighSurrogate(c)) {
            return Character.isLowSurrogate(next) ? 1 : -1;
        }
        return 0;
    }
}
