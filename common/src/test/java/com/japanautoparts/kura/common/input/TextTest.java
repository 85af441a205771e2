package com.japanautoparts.kura.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Well-formed UTF-8 and the characters no field takes. */
class TextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "61c0af62", // a, overlong '/', b: what Jackson decodes as a/b
            "c080", // overlong NUL
            "e080af", // three-byte overlong '/'
            "f08080af", // four-byte overlong '/'
            "eda080", // an encoded surrogate (U+D800)
            "f4908080", // above U+10FFFF
            "f5808080",
            "80", // a stray continuation byte
            "c3", // cut short
            "e382", // cut short
            "c328", // a lead without its continuation
            "fe", "ff" })
    void refusesMalformedUtf8(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertFalse(Text.isUtf8(bytes), hex);
    }

    @Test
    void acceptsWellFormedUtf8() {
        for (String text : new String[] { "", "plain", "山田 花子", "東京都渋谷区神宮前1-2-3", "\ud83d\ude97 emoji", "\u00a0\u200b" }) {
            assertTrue(Text.isUtf8(text.getBytes(StandardCharsets.UTF_8)), text);
        }
        assertEquals(1, Text.firstInvalidUtf8("a\u00e9b".getBytes(StandardCharsets.ISO_8859_1), 0, 3));
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = { 0x00, 0x01, 0x07, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0xfffe, 0xffff, 0xd800, 0xdc00 })
    void refusesControlsAndLoneSurrogates(int c) {
        String text = "ab" + (char) c + "cd";
        assertTrue(Text.hasForbiddenCharacter(text), Integer.toHexString(c));
        assertTrue(Text.hasForbiddenCharacter(text.toCharArray(), 0, text.length()), Integer.toHexString(c));
    }

    @Test
    void acceptsLineBreaksTabsAndPairs() {
        assertFalse(Text.hasForbiddenCharacter("line one\nline two\r\n\tindented"));
        assertFalse(Text.hasForbiddenCharacter("\ud83d\ude97 \u200d \u00a0 \u3000 山田"));
        assertTrue(Text.hasForbiddenCharacter("\ud83d"));
    }
}
