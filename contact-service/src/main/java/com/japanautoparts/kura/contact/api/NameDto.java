package com.japanautoparts.kura.contact.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A name, and optionally its reading (フリガナ) in katakana, which Japanese carriers print and call centres read out.
 * The reading is normalised as it is read ({@link JapaneseText#kana}: half-width katakana and hiragana become full-width
 * katakana), then validated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NameDto(
        @Size(min = 1, max = 100) @Pattern(regexp = NameDto.PRINTABLE, message = "must not contain control characters") String family,
        @Size(min = 1, max = 100) @Pattern(regexp = NameDto.PRINTABLE, message = "must not contain control characters") String given,
        @Size(min = 1, max = 100) @Pattern(regexp = JapaneseText.KATAKANA, message = NameDto.KANA) String familyKana,
        @Size(min = 1, max = 100) @Pattern(regexp = JapaneseText.KATAKANA, message = NameDto.KANA) String givenKana) {

    /** Any text without control characters (names and address lines may be in kanji or kana). */
    static final String PRINTABLE = "^[^\\p{Cntrl}]*$";

    static final String KANA = "must be katakana (half-width katakana and hiragana are accepted and converted)";

    public NameDto {
        familyKana = JapaneseText.kana(familyKana);
        givenKana = JapaneseText.kana(givenKana);
    }

    /** A name without its reading. */
    public NameDto(String family, String given) {
        this(family, given, null, null);
    }
}
