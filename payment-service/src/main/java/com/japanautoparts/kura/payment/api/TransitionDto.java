package com.japanautoparts.kura.payment.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.japanautoparts.kura.common.input.RecipientId;

/**
 * A status change asked by the storefront. {@code ship} needs the carrier and tracking number;
 * the other actions take neither.
 */
public record TransitionDto(
        @NotNull @Pattern(regexp = "^(pay|ship|deliver|cancel|refund)$", message = "must be one of pay, ship, deliver, cancel, refund") String action,
        @RecipientId String carrierId,
        @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9 -]*$", message = "must be letters, digits, spaces or '-'") String trackingNumber) {
}
