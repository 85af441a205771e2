package com.japanautoparts.kura.payment.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A postal address as contact-service's checkout view had it when the order was placed, or as a correction sent it; fields
 * not named here (the address's type) are dropped. The lengths are contact-service's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostalAddressDto(
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as JP") String country,
        @Size(max = 16) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String postalCode,
        @Size(max = 100) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String region,
        @Size(max = 100) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String locality,
        @Size(max = 200) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String line1,
        @Size(max = 200) @Pattern(regexp = PlaceOrderDto.PRINTABLE, message = "must not contain control characters") String line2) {
}
