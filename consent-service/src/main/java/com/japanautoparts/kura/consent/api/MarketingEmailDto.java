package com.japanautoparts.kura.consent.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The mail sender reports a marketing email it sent: opt-in proof is kept for three years after the last one. */
public record MarketingEmailDto(
        @NotBlank @Size(max = 255) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String customerId,
        @NotNull Instant sentAt) {
}
