package com.japanautoparts.kura.payment.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer's name as contact-service's checkout view had it when the order was placed, with its reading in katakana
 * ({@code familyKana}, {@code givenKana}; catalogue category {@code user.name.reading}, which only a carrier receives), or as
 * a correction sent it. The lengths are contact-service's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonNameDto(@Size(max = 100) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String family,
        @Size(max = 100) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String given,
        @Size(max = 100) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String familyKana,
        @Size(max = 100) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String givenKana) {

    public PersonNameDto(String family, String given) {
        this(family, given, null, null);
    }

    @JsonIgnore
    public boolean hasName() {
        return family != null || given != null;
    }

    @JsonIgnore
    public boolean hasReading() {
        return familyKana != null || givenKana != null;
    }

    /** The name, its reading, both or nothing ({@code null}). */
    public PersonNameDto keeping(boolean name, boolean reading) {
        boolean anyName = name && hasName();
        boolean anyReading = reading && hasReading();
        if (!anyName && !anyReading) {
            return null;
        }
        return new PersonNameDto(anyName ? family : null, anyName ? given : null, anyReading ? familyKana : null,
                anyReading ? givenKana : null);
    }
}
