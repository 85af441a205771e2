package com.japanautoparts.kura.common.retention;

import java.time.Instant;

/** One line of a service's purge log: category and count, never whom; when, why and by whom. */
public record PurgeLogEntry(String category, long purgedCount, Instant cutoff, Instant purgedAt, PurgeTrigger trigger,
        String actor) {

    /** The line for what a purge at {@code purgedAt} deleted of one category. */
    public static PurgeLogEntry of(DueCategory purged, Instant purgedAt, PurgeTrigger trigger, String actor) {
        return new PurgeLogEntry(purged.category(), purged.count(), purged.cutoff(), purgedAt, trigger, actor);
    }
}
