package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Refused attempts of one actor (a recipient's client, or a staff member), for one reason and purpose, in one period:
 * how many, and of how many distinct subjects (who they are is in the ledger row, {@code ledgerId}, once recorded).
 * {@code recipientId} is absent for a client no recipient is registered with.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefusalDto(String recipientId, String actor, String reason, String purpose, Integer ruleVersion, long attempts,
        int subjects, Instant from, Instant to, Long ledgerId) {
}
