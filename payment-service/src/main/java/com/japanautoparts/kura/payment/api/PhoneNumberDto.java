package com.japanautoparts.kura.payment.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A phone number as contact-service's checkout view had it when the order was placed, or as a correction sent it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PhoneNumberDto(
        @Size(max = 16) @Pattern(regexp = "^[A-Z_]+$", message = "must be a phone type such as MOBILE") String type,
        @Pattern(regexp = "^\\+?[0-9][0-9 ()-]{5,19}$", message = "must be a phone number such as +81 3-1234-5678") String number) {
}
