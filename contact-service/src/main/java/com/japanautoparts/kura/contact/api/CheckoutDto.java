package com.japanautoparts.kura.contact.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What checkout needs of a customer's contact data, and whether an order can ship. payment-service keeps the name,
 * addresses and phone of it with the order, for the order's carrier and processor (kura-catalogue's
 * {@code NeedToKnow.snapshot()}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckoutDto(String customerId, NameDto name, AddressDto shippingAddress, AddressDto billingAddress,
        EmailDto email, PhoneDto phone, boolean hasShippingAddress) {
}
