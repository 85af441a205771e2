package com.japanautoparts.kura.contact.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What checkout needs of a customer's contact data, and whether an order can ship. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckoutDto(String customerId, NameDto name, AddressDto shippingAddress, AddressDto billingAddress,
        EmailDto email, boolean hasShippingAddress) {
}
