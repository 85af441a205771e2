package com.japanautoparts.kura.contact.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.contact.api.AddressDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.api.PhoneDto;

/**
 * A customer's corrected contact data as payment-service receives it for their orders not yet shipped: the categories of
 * the catalogue's order snapshot ({@code NeedToKnow.snapshot()}) with today's values, and {@code asOf}, when the data last
 * changed here. A category the customer no longer has is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderContactBody(Instant asOf, NameDto name, AddressDto shippingAddress, AddressDto billingAddress, PhoneDto phone) {
}
