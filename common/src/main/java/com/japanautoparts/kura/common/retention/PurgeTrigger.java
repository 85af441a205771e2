package com.japanautoparts.kura.common.retention;

import java.util.Locale;

import com.japanautoparts.kura.common.problem.ProblemException;

/** Why a purge runs. Every service answers both triggers, so the operator has one way to ask. */
public enum PurgeTrigger {
    /** The regular schedule, with the configured retention periods. */
    SCHEDULE,
    /**
     * An operator freeing storage: shortened periods for the least-needed categories of the service, never below a
     * legal minimum and never for held subjects. A service whose data all has a legal minimum deletes nothing sooner.
     */
    STORAGE_PRESSURE;

    /** Parses the query form ({@code schedule}, {@code storage-pressure}); anything else is the caller's error. */
    public static PurgeTrigger parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "schedule" -> SCHEDULE;
            case "storage-pressure" -> STORAGE_PRESSURE;
            default -> throw ProblemException.badRequest("trigger must be schedule or storage-pressure");
        };
    }
}
