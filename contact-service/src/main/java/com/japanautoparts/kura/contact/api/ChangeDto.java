package com.japanautoparts.kura.contact.api;

import java.time.Instant;

/** One history entry: the field, what happened to it, when and who did it; never the value. */
public record ChangeDto(Instant at, String actor, String field, Kind kind) {

    /** What happened to the field. */
    public enum Kind {
        ADDED, CHANGED, REMOVED
    }
}
