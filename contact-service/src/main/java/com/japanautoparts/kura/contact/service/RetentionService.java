package com.japanautoparts.kura.contact.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.contact.PurgeRecord;
import com.japanautoparts.kura.contact.PurgeRecord.Reason;
import com.japanautoparts.kura.contact.client.LegalHoldClient;
import com.japanautoparts.kura.contact.config.ContactConfig;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes what has outlived its retention period, in bounded batches (one short transaction each),
 * and records every purge in the purge log and the {@code kura.retention.purged} metric.
 */
@ApplicationScoped
public class RetentionService {

    public static final String INACTIVE_CUSTOMERS = "user.contact (inactive customers)";
    public static final String CHANGE_HISTORY = "user.contact change history";
    public static final String JOB = "contact-retention";

    /** A category's cutoff and how many rows are older than it. */
    public record Due(String category, Instant cutoff, long count) {
    }

    private final ContactConfig.Retention retention;
    private final EntityManager entityManager;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final LegalHoldClient legalHolds;

    public RetentionService(ContactConfig config, EntityManager entityManager, MeterRegistry metrics, Clock clock,
            LegalHoldClient legalHolds) {
        this.retention = config.retention();
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.clock = clock;
        this.legalHolds = legalHolds;
    }

    private static final String NOT_HELD = "customer_id not in (select id from customer where subject = any(?2))";

    @Scheduled(identity = RetentionService.JOB, every = "${contact.retention.every:6h}", delayed = "${contact.retention.first-run-delay:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            purge(Reason.SCHEDULE, "retention-schedule");
        } catch (ProblemException e) {
            Log.warnf("Scheduled purge skipped: %s", e.getMessage());
        }
    }

    /**
     * What a purge with this trigger would delete now, category by category; subjects under a legal
     * hold are left out, as the purge leaves them.
     */
    public List<Due> dryRun(Reason trigger) {
        Instant now = Instant.now(clock);
        String[] held = heldSubjects();
        Instant customerCutoff = now.minus(retention.inactiveCustomers());
        Instant historyCutoff = now.minus(historyPeriod(trigger));
        return QuarkusTransaction.requiringNew().call(() -> List.of(
                new Due(INACTIVE_CUSTOMERS, customerCutoff, count(
                        "select count(*) from customer where last_active_at < ?1 and subject <> all(?2)", customerCutoff, held)),
                new Due(CHANGE_HISTORY, historyCutoff, count(
                        "select count(*) from contact_change where changed_at < ?1 and " + NOT_HELD, historyCutoff, held))));
    }

    /**
     * Deletes everything past its cutoff, except subjects under a legal hold; under storage
     * pressure, stale change history goes sooner. Without an answer about holds nothing is purged.
     */
    public List<Due> purge(Reason trigger, String actor) {
        Instant now = Instant.now(clock);
        String[] held = heldSubjects();
        Instant customerCutoff = now.minus(retention.inactiveCustomers());
        Instant historyCutoff = now.minus(historyPeriod(trigger));
        // Customers first: their rows, addresses, phones, emails and history go together (on delete cascade).
        long customers = inBatches(batch -> entityManager.createNativeQuery(
                "delete from customer where id in (select id from customer where last_active_at < ?1 and subject <> all(?3) limit ?2)")
                .setParameter(1, customerCutoff).setParameter(2, batch).setParameter(3, held).executeUpdate());
        long history = inBatches(batch -> entityManager.createNativeQuery(
                "delete from contact_change where id in (select id from contact_change where changed_at < ?1 and "
                        + NOT_HELD.replace("?2", "?3") + " limit ?2)")
                .setParameter(1, historyCutoff).setParameter(2, batch).setParameter(3, held).executeUpdate());
        List<Due> purged = List.of(new Due(INACTIVE_CUSTOMERS, customerCutoff, customers),
                new Due(CHANGE_HISTORY, historyCutoff, history));
        QuarkusTransaction.requiringNew().run(() -> purged.forEach(due -> record(due, trigger, actor, now)));
        return purged;
    }

    public List<PurgeRecord> purgeLog() {
        return PurgeRecord.latest(100);
    }

    private Duration historyPeriod(Reason trigger) {
        return trigger == Reason.STORAGE_PRESSURE ? retention.changeHistoryUnderPressure() : retention.changeHistory();
    }

    private String[] heldSubjects() {
        try {
            return legalHolds.heldSubjects().toArray(String[]::new);
        } catch (RuntimeException e) {
            Log.warnf("Legal holds could not be checked (%s); nothing purged", e.getClass().getSimpleName());
            throw ProblemException.dependencyUnavailable("Legal holds cannot be checked right now; nothing was purged", 60);
        }
    }

    private long count(String sql, Instant cutoff, String[] held) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, cutoff).setParameter(2, held).getSingleResult())
                .longValue();
    }

    private long inBatches(ToIntFunction<Integer> deleteBatch) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> deleteBatch.applyAsInt(retention.batchSize()));
            total += deleted;
        } while (deleted == retention.batchSize());
        return total;
    }

    private void record(Due due, Reason trigger, String actor, Instant now) {
        PurgeRecord record = new PurgeRecord();
        record.category = due.category();
        record.purgedCount = due.count();
        record.cutoff = due.cutoff();
        record.purgedAt = now;
        record.trigger = trigger;
        record.actor = actor;
        record.persist();
        metrics.counter("kura.retention.purged", "category", due.category(), "trigger", trigger.name()).increment(due.count());
        Log.infof("Retention purge (%s): %d rows of %s older than %s", trigger, due.count(), due.category(), due.cutoff());
    }
}
