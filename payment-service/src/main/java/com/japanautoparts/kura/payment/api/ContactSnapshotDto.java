package com.japanautoparts.kura.payment.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The contact data an order was placed with: what its carrier and payment processor will need (kura-catalogue's
 * {@code NeedToKnow.snapshot()}: name, shipping address, phone, billing address), taken from contact-service's checkout
 * view at placement and kept with the order, encrypted. Shown in the customer's access export; released only through
 * disclosure-service, only while the order's disclosure window is open. Registered for reflection: it is also stored
 * as JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection(targets = { ContactSnapshotDto.class, PersonNameDto.class, PostalAddressDto.class, PhoneNumberDto.class })
public record ContactSnapshotDto(PersonNameDto name, PostalAddressDto shippingAddress, PostalAddressDto billingAddress,
        PhoneNumberDto phone) {
}
