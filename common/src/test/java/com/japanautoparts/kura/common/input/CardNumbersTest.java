package com.japanautoparts.kura.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The card-number detector alone, over the forms people, keyboards and testers produce. */
class CardNumbersTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "4111111111111111",
            "4111 1111 1111 1111",
            "4111-1111-1111-1111",
            "4111.1111.1111.1111",
            "4111/1111/1111/1111",
            "4111 - 1111 - 1111 - 1111",
            "4111  1111  1111  1111",
            "4111\u00a01111\u00a01111\u00a01111",
            "4111\u200b1111\u200b1111\u200b1111",
            "4111\u2009\u200b1111\u20091111\u20091111",
            "\uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11",
            "\uff14\uff11\uff11\uff11\u3000\uff11\uff11\uff11\uff11\u3000\uff11\uff11\uff11\uff11\u3000\uff11\uff11\uff11\uff11",
            "\uff14\uff11\uff11\uff11\uff0d\uff11\uff11\uff11\uff11\uff0d\uff11\uff11\uff11\uff11\uff0d\uff11\uff11\uff11\uff11",
            "4111\u30fc1111\u30fc1111\u30fc1111",
            "4111\u20141111\u20141111\u20141111",
            "\u0664\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661\u0661",
            "\u2463\u2460\u2460\u2460\u2460\u2460\u2460\u2460\u2460\u2460\u2460\u2460\u2460\u2460\u2460\u2460",
            "card 4111 1111 1111 1111 thanks",
            "qty 2 4111 1111 1111 1111",
            "tok_4111111111111111",
            "Name4111111111111111x",
            "378282246310005",
            "3782 822463 10005",
            "3530111333300000",
            "5555555555554444",
            "6011111111111117",
            "4222222222222",
            "6222021200012345679",
            "see 4111-1111-1111-1111.",
            "12 4111111111111111 34" })
    void finds(String text) {
        assertTrue(CardNumbers.in(text), text);
        char[] chars = ("[" + text + "]").toCharArray();
        assertTrue(CardNumbers.in(chars, 1, text.length()), "char range of " + text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "",
            "4111111111111112",
            "411111111111",
            "4567-8901-2345",
            "+81 90-1234-5678",
            "03-1234-5678",
            "150-0001",
            "2026-11-30T10:15:30Z",
            "2026-11-30 10:15:30",
            "203.0.113.7",
            "YT-1234-5678",
            "1-2-3 Jingumae, Shibuya-ku",
            "Front brake pads, NSX",
            "41111111111111111111111",
            "0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91",
            "12345678-1234-1234-1234-123456789012",
            "many-105-c-8ccc6248-f4f7-4097-8909-03763266c592",
            "order:702ce434-3853-4456-9133-a212200ffdb3",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "BRK-PAD-0042",
            "4111x1111x1111x1111" })
    void leavesAlone(String text) {
        assertFalse(CardNumbers.in(text), text);
    }

    @Test
    void aUuidIsNotACardButACardAfterOneIs() {
        String uuid = "12345678-1234-1234-1234-123456789012";
        assertFalse(CardNumbers.in(uuid));
        assertTrue(CardNumbers.in(uuid + " 4111111111111111"));
    }

    @Test
    void aDigestHoldsNoCardButACardBesideOneCounts() {
        String digest = "a41111111111111111b0c44298fc1c149afbf4c8996fb92427ae41e4649b934c";
        assertFalse(CardNumbers.in(digest));
        assertTrue(CardNumbers.in("4111111111111111 " + digest));
    }

    @Test
    void piecesAreWholeDigitValues() {
        assertEquals("4111", digitsOnly("4111"));
        assertEquals("4111", digitsOnly(" 4111 "));
        assertEquals("4111", digitsOnly("\uff14\uff11\uff11\uff11"));
        assertNull(digitsOnly("41 11"));
        assertNull(digitsOnly("2026-11"));
        assertNull(digitsOnly("a4111"));
        assertNull(digitsOnly("41111111111111111111"));
        assertNull(digitsOnly(""));
    }

    @Test
    void luhn() {
        assertTrue(CardNumbers.luhn("4242424242424242"));
        assertTrue(CardNumbers.luhn("5555555555554444"));
        assertFalse(CardNumbers.luhn("4242424242424241"));
    }

    private static String digitsOnly(String text) {
        return CardNumbers.digitsOnly(text.toCharArray(), 0, text.length());
    }
}
