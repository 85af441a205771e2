package com.japanautoparts.kura.contact.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The least data a purpose needs. {@code dataItems} names the categories and fields released
 * (fideslang keys), so the disclosure ledger can record what left without recording values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectionDto(String customerId, String purpose, List<String> dataItems, NameDto name,
        AddressDto shippingAddress, AddressDto billingAddress, PhoneDto phone, EmailDto email) {
}
