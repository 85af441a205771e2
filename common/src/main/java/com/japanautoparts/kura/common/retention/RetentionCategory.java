package com.japanautoparts.kura.common.retention;

import java.time.Period;
import java.util.Objects;

/**
 * One category of data a service keeps, as the service declares it: its name (a fideslang key, qualified), how long
 * it is kept, the shorter period storage pressure allows (never below the legal minimum), and the rows due at a cutoff.
 * Everything else (schedule, legal holds, batches, purge log, metric) is {@link RetentionService}'s.
 */
public record RetentionCategory(String name, Period period, Period underPressure, Period legalMinimum, DueRows due) {

    public RetentionCategory {
        Objects.requireNonNull(name);
        Objects.requireNonNull(period);
        Objects.requireNonNull(due);
        underPressure = underPressure == null ? period : underPressure;
    }

    /** A category kept for {@code period} whatever the trigger, with no legal minimum. */
    public static RetentionCategory of(String name, Period period, DueRows due) {
        return new RetentionCategory(name, period, null, null, due);
    }

    /** The same category, kept only for {@code shorter} when storage must be freed. */
    public RetentionCategory underPressure(Period shorter) {
        return new RetentionCategory(name, period, shorter, legalMinimum, due);
    }

    /** The same category, which the law requires to be kept at least {@code minimum}. */
    public RetentionCategory legalMinimum(Period minimum) {
        return new RetentionCategory(name, period, underPressure, minimum, due);
    }

    /** How long the category is kept under this trigger. */
    public Period period(PurgeTrigger trigger) {
        return trigger == PurgeTrigger.STORAGE_PRESSURE ? underPressure : period;
    }
}
