package com.japanautoparts.kura.contact.api;

import java.time.Instant;

/**
 * One reader's reads of contact data in one hour, for the privacy officer: how many reads, of how many customers, how
 * many look-ups found nobody, and whether that is above the configured thresholds. No customer is named.
 */
public record AccessAnomalyDto(Instant hour, String reader, long reads, long customers, long misses, boolean anomalous) {
}
