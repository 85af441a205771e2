package com.japanautoparts.kura.contact.service;

import static com.japanautoparts.kura.common.retention.BatchedDelete.inBatches;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeLog;
import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionSchedule;
import com.japanautoparts.kura.contact.config.ContactConfig;
import com.japanautoparts.kura.legalhold.LegalHolds;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes what has outlived its retention period, in bounded batches (one short transaction each),
 * and records every purge in the purge log and the {@code kura.retention.purged} metric.
 */
@ApplicationScoped
public class RetentionService implements RetentionSchedule {

    public static final String INACTIVE_CUSTOMERS = "user.contact (inactive customers)";
    public static final String CHANGE_HISTORY = "user.contact change history";

    private final ContactConfig.Retention retention;
    private final EntityManager entityManager;
    private final PurgeLog purgeLog;
    private final Clock clock;
    private final LegalHolds legalHolds;

    public RetentionService(ContactConfig config, EntityManager entityManager, PurgeLog purgeLog, Clock clock,
            LegalHolds legalHolds) {
        this.retention = config.retention();
        this.entityManager = entityManager;
        this.purgeLog = purgeLog;
        this.clock = clock;
        this.legalHolds = legalHolds;
    }

    private static final String NOT_HELD = "customer_id not in (select id from customer where subject = any(?2))";

    @Scheduled(identity = RetentionSchedule.JOB, every = "${contact.retention.every:6h}", delayed = "${contact.retention.first-run-delay:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            purge(PurgeTrigger.SCHEDULE, RetentionSchedule.SCHEDULER);
        } catch (ProblemException e) {
            Log.warnf("Scheduled purge skipped: %s", e.getMessage());
        }
    }

    /**
     * What a purge with this trigger would delete now, category by category; subjects under a legal
     * hold are left out, as the purge leaves them.
     */
    @Override
    public List<DueCategory> dryRun(PurgeTrigger trigger) {
        Instant now = Instant.now(clock);
        String[] held = heldSubjects();
        Instant customerCutoff = now.minus(retention.inactiveCustomers());
        Instant historyCutoff = now.minus(historyPeriod(trigger));
        return QuarkusTransaction.requiringNew().call(() -> List.of(
                new DueCategory(INACTIVE_CUSTOMERS, customerCutoff, count(
                        "select count(*) from customer where last_active_at < ?1 and subject <> all(?2)", customerCutoff, held)),
                new DueCategory(CHANGE_HISTORY, historyCutoff, count(
                        "select count(*) from contact_change where changed_at < ?1 and " + NOT_HELD, historyCutoff, held))));
    }

    /**
     * Deletes everything past its cutoff, except subjects under a legal hold; under storage
     * pressure, stale change history goes sooner. Without an answer about holds nothing is purged.
     */
    @Override
    public List<DueCategory> purge(PurgeTrigger trigger, String actor) {
        Instant now = Instant.now(clock);
        String[] held = heldSubjects();
        Instant customerCutoff = now.minus(retention.inactiveCustomers());
        Instant historyCutoff = now.minus(historyPeriod(trigger));
        // Customers first: their rows, addresses, phones, emails and history go together (on delete cascade).
        long customers = inBatches(retention.batchSize(), batch -> entityManager.createNativeQuery(
                "delete from customer where id in (select id from customer where last_active_at < ?1 and subject <> all(?3) limit ?2)")
                .setParameter(1, customerCutoff).setParameter(2, batch).setParameter(3, held).executeUpdate());
        long history = inBatches(retention.batchSize(), batch -> entityManager.createNativeQuery(
                "delete from contact_change where id in (select id from contact_change where changed_at < ?1 and "
                        + NOT_HELD.replace("?2", "?3") + " limit ?2)")
                .setParameter(1, historyCutoff).setParameter(2, batch).setParameter(3, held).executeUpdate());
        List<DueCategory> purged = List.of(new DueCategory(INACTIVE_CUSTOMERS, customerCutoff, customers),
                new DueCategory(CHANGE_HISTORY, historyCutoff, history));
        QuarkusTransaction.requiringNew()
                .run(() -> purgeLog.record(purged.stream().map(due -> PurgeLogEntry.of(due, now, trigger, actor)).toList()));
        return purged;
    }

    @Override
    public List<PurgeLogEntry> purgeLog() {
        return purgeLog.latest(100);
    }

    private Duration historyPeriod(PurgeTrigger trigger) {
        return trigger == PurgeTrigger.STORAGE_PRESSURE ? retention.changeHistoryUnderPressure() : retention.changeHistory();
    }

    private String[] heldSubjects() {
        return legalHolds.heldSubjects().toArray(String[]::new);
    }

    private long count(String sql, Instant cutoff, String[] held) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, cutoff).setParameter(2, held).getSingleResult())
                .longValue();
    }
}
