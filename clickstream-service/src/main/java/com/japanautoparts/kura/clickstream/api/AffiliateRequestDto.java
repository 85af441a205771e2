package com.japanautoparts.kura.clickstream.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What staff set for an affiliate. */
public record AffiliateRequestDto(
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must not contain control characters") String displayName,
        @Size(min = 1, max = 255) @Pattern(regexp = "^[A-Za-z0-9._:-]+$", message = "must be a Keycloak client id") String clientId,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal commissionRate) {
}
