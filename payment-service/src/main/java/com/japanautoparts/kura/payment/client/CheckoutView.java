package com.japanautoparts.kura.payment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.japanautoparts.kura.payment.api.PersonNameDto;
import com.japanautoparts.kura.payment.api.PhoneNumberDto;
import com.japanautoparts.kura.payment.api.PostalAddressDto;

/**
 * What payment-service reads of contact-service's checkout view: whether the customer can be shipped to, and the contact
 * data an order's carrier and processor will need (kura-catalogue's {@code NeedToKnow.snapshot()}). Everything else it
 * returns (the email, the customer id, an address's type) is dropped on reading and never held here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckoutView(boolean hasShippingAddress, PersonNameDto name, PostalAddressDto shippingAddress,
        PostalAddressDto billingAddress, PhoneNumberDto phone) {
}
