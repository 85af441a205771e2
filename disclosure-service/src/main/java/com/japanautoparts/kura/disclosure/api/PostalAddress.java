package com.japanautoparts.kura.disclosure.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A shipping or billing address as it leaves Kura; unknown fields from contact-service are dropped on reading. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostalAddress(String type, String country, String postalCode, String region, String locality, String line1,
        String line2) {
}
