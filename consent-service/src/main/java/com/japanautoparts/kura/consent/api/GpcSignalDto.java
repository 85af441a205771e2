package com.japanautoparts.kura.consent.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.japanautoparts.kura.common.input.CustomerId;

/** A Global Privacy Control signal ({@code Sec-GPC: 1}) the storefront saw from a signed-in customer's browser. */
public record GpcSignalDto(
        @NotBlank @CustomerId String customerId,
        Instant at,
        @Size(max = 64) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String page,
        @Size(max = 512) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String userAgent) {
}
