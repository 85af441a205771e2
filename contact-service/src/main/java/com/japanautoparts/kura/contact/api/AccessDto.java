package com.japanautoparts.kura.contact.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One read of a customer's contact data by someone other than the customer: when, who read it (the client it
 * authenticated as), on whose behalf (set by disclosure-service: {@code staff} for a support look-up, {@code case:<id>}
 * for an exception case), why, and which categories (fideslang keys). Never the values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccessDto(Instant at, String reader, String onBehalfOf, String purpose, List<String> dataItems) {
}
