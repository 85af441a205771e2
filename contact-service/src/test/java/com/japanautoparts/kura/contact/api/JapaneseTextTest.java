package com.japanautoparts.kura.contact.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one way Japanese input is kept, without Quarkus. */
class JapaneseTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ﾔﾏﾀﾞ, ヤマダ",
            "ﾊﾟｰｸ, パーク",
            "やまだ, ヤマダ",
            "はなこ, ハナコ",
            "ヤマダ, ヤマダ",
            "'  ｽｽﾞｷ　 ｲﾁﾛｳ ', スズキ イチロウ",
            "いすゞ, イスヾ" })
    void readingsBecomeFullWidthKatakana(String given, String kept) {
        assertEquals(kept, JapaneseText.kana(given));
        assertTrue(kept.matches(JapaneseText.KATAKANA));
    }

    @ParameterizedTest(name = "{0} is no reading")
    @CsvSource({ "山田", "Yamada", "ヤマダ1", "ヤマ-ダ" })
    void otherTextIsNoReading(String given) {
        assertFalse(JapaneseText.kana(given).matches(JapaneseText.KATAKANA));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "〒100-0001, 100-0001",
            "〒１００－０００１, 100-0001",
            "1000001, 100-0001",
            "１５０ー０００１, 150-0001",
            "'〒 150 0001', 150-0001",
            "150-0001, 150-0001" })
    void postalCodesBecomeThreeDigitsHyphenFour(String given, String kept) {
        assertEquals(kept, JapaneseText.postalCode(given));
    }

    @ParameterizedTest(name = "{0} stays for validation to refuse")
    @CsvSource({ "12345, 12345", "150-00011, 150-00011", "15O-0001, 15O-0001" })
    void otherCodesAreLeftAsGiven(String given, String kept) {
        assertEquals(kept, JapaneseText.postalCode(given));
    }

    @org.junit.jupiter.api.Test
    void nothingStaysNothing() {
        assertNull(JapaneseText.kana(null));
        assertNull(JapaneseText.postalCode(null));
    }

    @org.junit.jupiter.api.Test
    void onlyJapaneseAddressesAreRewritten() {
        assertEquals("100-0001", new AddressDto(null, null, "〒1000001", null, null, null, null).postalCode());
        assertEquals("SW1A 1AA", new AddressDto(null, "GB", "SW1A 1AA", null, null, null, null).postalCode());
    }
}
