package com.japanautoparts.kura.contact.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A customer's contact data as the API shows and accepts it. Every part is optional:
 * an action that needs something (an order needs a shipping address) says so itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactDto(
        @Valid NameDto name,
        @Size(max = 10) List<@NotNull @Valid AddressDto> addresses,
        @Size(max = 10) List<@NotNull @Valid PhoneDto> phones,
        @Size(max = 10) List<@NotNull @Valid EmailDto> emails) {

    public ContactDto {
        addresses = addresses == null ? List.of() : addresses;
        phones = phones == null ? List.of() : phones;
        emails = emails == null ? List.of() : emails;
    }
}
