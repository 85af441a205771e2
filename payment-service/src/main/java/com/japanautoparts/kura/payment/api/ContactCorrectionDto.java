package com.japanautoparts.kura.payment.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A customer's corrected contact data, as contact-service sends it after the customer changed it: the fields of the
 * catalogue's snapshot (name with its reading, shipping address, billing address, phone; anything else is refused as an
 * unknown field at this level, and dropped inside the nested records as from the checkout view), and {@code asOf}, when
 * contact-service's data held these values. A field absent is a field the customer no longer has, except the shipping
 * address, which an order not yet shipped keeps (it has to go somewhere; cancelling is the customer's way out).
 */
public record ContactCorrectionDto(
        @NotNull Instant asOf,
        @Valid PersonNameDto name,
        @Valid PostalAddressDto shippingAddress,
        @Valid PostalAddressDto billingAddress,
        @Valid PhoneNumberDto phone) {
}
