package com.japanautoparts.kura.contact.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The storefront registers a customer, known by their identity-provider subject. */
public record RegistrationDto(@NotBlank @Size(max = 255) String customerId, @Valid ContactDto contact) {

    public RegistrationDto {
        contact = contact == null ? new ContactDto(null, null, null, null) : contact;
    }
}
