package com.japanautoparts.kura.payment.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A phone number as contact-service's checkout view had it when the order was placed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PhoneNumberDto(String type, String number) {
}
