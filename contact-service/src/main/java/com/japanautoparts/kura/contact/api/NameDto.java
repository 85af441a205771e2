package com.japanautoparts.kura.contact.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record NameDto(
        @Size(min = 1, max = 100) @Pattern(regexp = NameDto.PRINTABLE, message = "must not contain control characters") String family,
        @Size(min = 1, max = 100) @Pattern(regexp = NameDto.PRINTABLE, message = "must not contain control characters") String given) {

    /** Any text without control characters (names and address lines may be in kanji or kana). */
    static final String PRINTABLE = "^[^\\p{Cntrl}]*$";
}
