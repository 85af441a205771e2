package com.japanautoparts.kura.consent.api;

import java.time.Instant;

/** A customer has seen a policy version. */
public record AcknowledgementDto(String version, Instant acknowledgedAt) {
}
