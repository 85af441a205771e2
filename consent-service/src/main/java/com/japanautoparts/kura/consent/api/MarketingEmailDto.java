package com.japanautoparts.kura.consent.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.japanautoparts.kura.common.input.CustomerId;

/** The mail sender reports a marketing email it sent: opt-in proof is kept for three years after the last one. */
public record MarketingEmailDto(
        @NotBlank @CustomerId String customerId,
        @NotNull Instant sentAt) {
}
