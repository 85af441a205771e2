package com.japanautoparts.kura.disclosure.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** An email address as it leaves Kura; unknown fields from contact-service are dropped on reading. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailAddress(String address) {
}
