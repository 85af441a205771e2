package com.japanautoparts.kura.common.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.japanautoparts.kura.common.legalhold.LegalHoldCheck;
import com.japanautoparts.kura.common.legalhold.LegalHoldsUnavailableException;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Every service's retention schedule, run over the categories its {@link RetentionPlan} declares: what is past its
 * period goes, in bounded batches (one short transaction each), except what belongs to a subject under a legal hold;
 * the held subjects are read once per run, and when they cannot be read nothing is deleted. Each purge is recorded in
 * the purge log and the {@code kura.retention.purged} metric. A period below a category's legal minimum stops start-up.
 */
@ApplicationScoped
public class RetentionService {

    /** The identity of the scheduled purge. */
    public static final String JOB = "retention-purge";

    /** The actor recorded for scheduled purges. */
    public static final String SCHEDULER = "scheduler";

    private final RetentionPlan plan;
    private final LegalHoldCheck legalHolds;
    private final PurgeLog purgeLog;
    private final Clock clock;
    private final RetentionConfig config;

    public RetentionService(RetentionPlan plan, LegalHoldCheck legalHolds, PurgeLog purgeLog, Clock clock, RetentionConfig config) {
        this.plan = plan;
        this.legalHolds = legalHolds;
        this.purgeLog = purgeLog;
        this.clock = clock;
        this.config = config;
    }

    void checkLegalMinimums(@Observes StartupEvent start) {
        requireLegalMinimums(plan.categories(), clock.instant());
    }

    /**
     * The start-up check, callable on its own (a service's test of its plan): throws when a category's period, under
     * any trigger, is shorter at {@code now} than its legal minimum.
     */
    public static void requireLegalMinimums(List<RetentionCategory> categories, Instant now) {
        for (RetentionCategory category : categories) {
            for (PurgeTrigger trigger : PurgeTrigger.values()) {
                if (category.legalMinimum() != null
                        && cutoff(now, category.period(trigger)).isAfter(cutoff(now, category.legalMinimum()))) {
                    throw new IllegalStateException("The retention period of " + category.name() + " (" + trigger + ": "
                            + category.period(trigger) + ") is shorter than its legal minimum " + category.legalMinimum());
                }
            }
        }
    }

    @Scheduled(identity = JOB, every = "${kura.retention.every:6h}", delayed = "${kura.retention.first-run-delay:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            purge(PurgeTrigger.SCHEDULE, SCHEDULER);
        } catch (LegalHoldsUnavailableException e) {
            Log.warn("Scheduled purge skipped: legal holds cannot be read, so nothing is deleted until the next run");
        }
    }

    /** What a purge with this trigger would delete now, category by category. */
    public List<DueCategory> dryRun(PurgeTrigger trigger) {
        Instant now = clock.instant();
        Set<String> held = legalHolds.heldSubjects();
        return QuarkusTransaction.requiringNew().call(() -> plan.categories().stream()
                .map(category -> {
                    Instant cutoff = cutoff(now, category.period(trigger));
                    return new DueCategory(category.name(), cutoff, category.due().count(cutoff, held));
                })
                .toList());
    }

    /**
     * Deletes what is due, category by category, in batches; then records what went in the purge log (one
     * transaction). Throws {@link LegalHoldsUnavailableException} (a 503 problem) before anything is deleted when the
     * held subjects cannot be read.
     */
    public List<DueCategory> purge(PurgeTrigger trigger, String actor) {
        Instant now = clock.instant();
        Set<String> held = legalHolds.heldSubjects();
        List<DueCategory> purged = new ArrayList<>();
        for (RetentionCategory category : plan.categories()) {
            Instant cutoff = cutoff(now, category.period(trigger));
            purged.add(new DueCategory(category.name(), cutoff, inBatches(category.due(), cutoff, held)));
        }
        QuarkusTransaction.requiringNew()
                .run(() -> purgeLog.record(purged.stream().map(due -> PurgeLogEntry.of(due, now, trigger, actor)).toList()));
        return purged;
    }

    /** The purge log, newest first. */
    public List<PurgeLogEntry> purgeLog() {
        return QuarkusTransaction.requiringNew().call(() -> purgeLog.latest(100));
    }

    private long inBatches(DueRows due, Instant cutoff, Set<String> held) {
        int batchSize = config.batchSize();
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> due.delete(cutoff, held, batchSize));
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }

    /** Calendar periods: three years back from today is the same date three years ago, leap days and all. */
    static Instant cutoff(Instant now, Period period) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }
}
