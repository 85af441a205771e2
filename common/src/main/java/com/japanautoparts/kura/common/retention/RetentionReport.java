package com.japanautoparts.kura.common.retention;

import java.time.Instant;
import java.util.List;

/** A dry run or a purge: per category what would go (or went); the next scheduled run for a dry run. */
public record RetentionReport(PurgeTrigger trigger, Instant nextScheduledRun, List<DueCategory> categories) {
}
