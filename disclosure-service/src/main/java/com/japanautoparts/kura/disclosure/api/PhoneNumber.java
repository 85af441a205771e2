package com.japanautoparts.kura.disclosure.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A phone number as it leaves Kura; unknown fields from contact-service are dropped on reading. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneNumber(String type, String number) {
}
