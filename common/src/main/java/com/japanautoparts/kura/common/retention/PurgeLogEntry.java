package com.japanautoparts.kura.common.retention;

import java.time.Instant;

/** One line of a service's purge log: category and count, never whom; when, why and by whom. */
public record PurgeLogEntry(String category, long purgedCount, Instant cutoff, Instant purgedAt, PurgeTrigger trigger,
        String actor) {
}
