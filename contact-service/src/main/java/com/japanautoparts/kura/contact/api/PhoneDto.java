package com.japanautoparts.kura.contact.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import com.japanautoparts.kura.contact.domain.PhoneType;

public record PhoneDto(
        PhoneType type,
        @NotBlank @Pattern(regexp = "^\\+?[0-9][0-9 ()-]{5,19}$", message = "must be a phone number such as +81 3-1234-5678") String number) {

    public PhoneDto {
        type = type == null ? PhoneType.MOBILE : type;
    }
}
