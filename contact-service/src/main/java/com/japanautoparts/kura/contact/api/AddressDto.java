package com.japanautoparts.kura.contact.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.japanautoparts.kura.contact.domain.AddressType;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddressDto(
        @NotNull AddressType type,
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as JP") String country,
        @Size(max = 16) String postalCode,
        @Size(max = 100) @Pattern(regexp = NameDto.PRINTABLE, message = "must not contain control characters") String region,
        @Size(max = 100) @Pattern(regexp = NameDto.PRINTABLE, message = "must not contain control characters") String locality,
        @Size(max = 200) @Pattern(regexp = NameDto.PRINTABLE, message = "must not contain control characters") String line1,
        @Size(max = 200) @Pattern(regexp = NameDto.PRINTABLE, message = "must not contain control characters") String line2) {

    public static final String JAPAN = "JP";
    private static final java.util.regex.Pattern JAPANESE_POSTAL_CODE = java.util.regex.Pattern.compile("^\\d{3}-\\d{4}$");
    private static final java.util.regex.Pattern INTERNATIONAL_POSTAL_CODE = java.util.regex.Pattern
            .compile("^[A-Za-z0-9][A-Za-z0-9 -]{1,10}$");

    public AddressDto {
        country = country == null ? JAPAN : country;
        postalCode = JAPAN.equals(country) ? JapaneseText.postalCode(postalCode) : postalCode;
    }

    /**
     * Japanese codes are NNN-NNNN (written with 〒, full-width digits or without the hyphen they are normalised to it first,
     * {@link JapaneseText#postalCode}); elsewhere letters, digits, spaces and hyphens.
     */
    @JsonIgnore
    @AssertTrue(message = "must be NNN-NNNN in Japan, or 2-11 letters, digits, spaces or hyphens elsewhere")
    public boolean isPostalCode() {
        if (postalCode == null) {
            return true;
        }
        return (JAPAN.equals(country) ? JAPANESE_POSTAL_CODE : INTERNATIONAL_POSTAL_CODE).matcher(postalCode).matches();
    }
}
