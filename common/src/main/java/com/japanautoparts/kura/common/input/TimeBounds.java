package com.japanautoparts.kura.common.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;

/**
 * The sane range of every date and time Kura accepts, in a body (kura-common's strict JSON), a path or a query: the
 * years 0001-9999, the calendar ISO 8601 writes with four digits and every database column holds. Anything else is a
 * 400 at the edge, never a value that fails later in a query.
 */
public final class TimeBounds {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;
    private static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private TimeBounds() {
    }

    /** True for a date or time within the years 0001-9999 (and for anything that is not a date or time). */
    public static boolean contains(Object value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(MIN) && !instant.isAfter(MAX);
        }
        if (value instanceof OffsetDateTime time) {
            return contains(time.toInstant()) && inYears(time.getYear());
        }
        if (value instanceof ZonedDateTime time) {
            return contains(time.toInstant()) && inYears(time.getYear());
        }
        if (value instanceof LocalDate date) {
            return inYears(date.getYear());
        }
        if (value instanceof LocalDateTime time) {
            return inYears(time.getYear());
        }
        if (value instanceof YearMonth month) {
            return inYears(month.getYear());
        }
        if (value instanceof Year year) {
            return inYears(year.getValue());
        }
        return true;
    }

    private static boolean inYears(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
