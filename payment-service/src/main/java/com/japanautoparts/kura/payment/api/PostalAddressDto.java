package com.japanautoparts.kura.payment.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A postal address as contact-service's checkout view had it when the order was placed; fields not named here are dropped. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostalAddressDto(String country, String postalCode, String region, String locality, String line1, String line2) {
}
