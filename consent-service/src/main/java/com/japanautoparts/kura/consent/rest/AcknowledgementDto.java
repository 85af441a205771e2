package com.japanautoparts.kura.consent.rest;

import java.time.Instant;

/** A customer has seen a policy version. */
public record AcknowledgementDto(String version, Instant acknowledgedAt) {
}
