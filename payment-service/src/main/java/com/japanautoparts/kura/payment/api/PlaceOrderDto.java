package com.japanautoparts.kura.payment.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.japanautoparts.kura.common.input.CustomerId;

/**
 * The storefront places an order for a customer (the customer's token subject). Totals are not
 * accepted: the service computes them from the lines.
 */
public record PlaceOrderDto(
        @NotBlank @CustomerId String customerId,
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid OrderLineDto> lines,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as JPY") String currency,
        @NotNull @Valid PaymentMethodDto paymentMethod) {

    /** Any text without control characters (product names may be in kanji or kana). */
    static final String PRINTABLE = "^[^\\p{Cntrl}]*$";
    /** Identifiers of third parties, SKUs, tokens: letters, digits and a few separators. */
    static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._:-]*$";
}
