package com.japanautoparts.kura.contact.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import com.japanautoparts.kura.common.input.CustomerId;

/** The storefront registers a customer, known by their identity-provider subject. */
public record RegistrationDto(@NotBlank @CustomerId String customerId, @Valid ContactDto contact) {

    public RegistrationDto {
        contact = contact == null ? new ContactDto(null, null, null, null) : contact;
    }
}
