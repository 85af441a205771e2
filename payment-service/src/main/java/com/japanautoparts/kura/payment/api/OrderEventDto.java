package com.japanautoparts.kura.payment.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderEventDto(Instant at, String from, String to, String actor) {
}
