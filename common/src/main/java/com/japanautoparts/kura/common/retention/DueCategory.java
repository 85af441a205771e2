package com.japanautoparts.kura.common.retention;

import java.time.Instant;

/** One data category of a purge: what lies before the cutoff goes; how many rows that is (or was). */
public record DueCategory(String category, Instant cutoff, long count) {
}
