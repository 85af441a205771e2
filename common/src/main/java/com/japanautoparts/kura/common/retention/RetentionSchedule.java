package com.japanautoparts.kura.common.retention;

import java.util.List;

/**
 * A service's retention schedule as the privacy officer sees it through {@link RetentionResource}. Every service has
 * exactly one; its scheduled purge carries the identity {@link #JOB}. A dry run and the purge that follows it use
 * the same queries, so the dry run says exactly what the purge deletes. Implementations ask for legal holds before
 * reporting or deleting and throw a {@code ProblemException} (503) when they cannot know.
 */
public interface RetentionSchedule {

    /** The identity of the service's scheduled purge ({@code @Scheduled(identity = RetentionSchedule.JOB)}). */
    String JOB = "retention-purge";

    /** The user recorded for scheduled purges in the purge log. */
    String SCHEDULER = "scheduler";

    List<DueCategory> dryRun(PurgeTrigger trigger);

    List<DueCategory> purge(PurgeTrigger trigger, String actor);

    /** The purge log, newest first. */
    List<PurgeLogEntry> purgeLog();
}
