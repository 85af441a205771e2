package com.japanautoparts.kura.payment.service;

import static com.japanautoparts.kura.common.retention.BatchedDelete.inBatches;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeLog;
import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionSchedule;
import com.japanautoparts.kura.legalhold.LegalHolds;
import com.japanautoparts.kura.legalhold.LegalHoldsUnavailableException;
import com.japanautoparts.kura.payment.config.PaymentConfig;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes orders whose retention period ended (7 years after completion), with their lines and
 * status history, in bounded batches (one short transaction each). Orders of a subject under a
 * legal hold are never deleted; when the holds cannot be read, nothing is. Every purge is recorded
 * in the purge log and the {@code kura.retention.purged} metric.
 */
@ApplicationScoped
public class RetentionService implements RetentionSchedule {

    public static final String COMPLETED_ORDERS = "user.behavior.purchase_history (completed orders)";

    private final PaymentConfig.Retention retention;
    private final LegalHolds legalHolds;
    private final EntityManager entityManager;
    private final PurgeLog purgeLog;
    private final Clock clock;

    public RetentionService(PaymentConfig config, LegalHolds legalHolds, EntityManager entityManager, PurgeLog purgeLog,
            Clock clock) {
        this.retention = config.retention();
        this.legalHolds = legalHolds;
        this.entityManager = entityManager;
        this.purgeLog = purgeLog;
        this.clock = clock;
    }

    @Scheduled(identity = RetentionSchedule.JOB, every = "${payment.retention.every:6h}",
            delayed = "${payment.retention.first-run-delay:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            purge(PurgeTrigger.SCHEDULE, RetentionSchedule.SCHEDULER);
        } catch (LegalHoldsUnavailableException e) {
            Log.warn("Retention purge skipped: legal holds cannot be read, so nothing is deleted until the next run");
        }
    }

    /**
     * What a purge would delete now. Orders are kept by law, so storage pressure never shortens
     * their period: both triggers give the same answer.
     *
     * @throws LegalHoldsUnavailableException when the legal holds cannot be read (a 503 problem)
     */
    @Override
    public List<DueCategory> dryRun(PurgeTrigger trigger) {
        Instant cutoff = cutoff();
        Set<String> held = legalHolds.heldSubjects();
        return QuarkusTransaction.requiringNew().call(() -> List.of(new DueCategory(COMPLETED_ORDERS, cutoff,
                ((Number) bind(entityManager.createNativeQuery("select count(*) from orders where " + due(held)), cutoff, held)
                        .getSingleResult()).longValue())));
    }

    /**
     * Deletes every order completed before the cutoff whose subject is not held; lines and status
     * history go with it (on delete cascade). The held subjects are read once, before anything is deleted.
     *
     * @throws LegalHoldsUnavailableException when the legal holds cannot be read (a 503 problem); nothing is deleted or
     *         recorded
     */
    @Override
    public List<DueCategory> purge(PurgeTrigger trigger, String actor) {
        Instant now = Instant.now(clock);
        Instant cutoff = now.minus(retention.ordersAfterCompletion());
        Set<String> held = legalHolds.heldSubjects();
        String delete = "delete from orders where id in (select id from orders where " + due(held) + " limit :batch)";
        long total = inBatches(retention.batchSize(), batch -> bind(entityManager.createNativeQuery(delete), cutoff, held)
                .setParameter("batch", batch).executeUpdate());
        List<DueCategory> purged = List.of(new DueCategory(COMPLETED_ORDERS, cutoff, total));
        QuarkusTransaction.requiringNew()
                .run(() -> purgeLog.record(purged.stream().map(due -> PurgeLogEntry.of(due, now, trigger, actor)).toList()));
        return purged;
    }

    @Override
    public List<PurgeLogEntry> purgeLog() {
        return QuarkusTransaction.requiringNew().call(() -> purgeLog.latest(100));
    }

    private Instant cutoff() {
        return Instant.now(clock).minus(retention.ordersAfterCompletion());
    }

    /** Completed before the cutoff, and not of a held subject (pseudonymised orders belong to no subject). */
    private static String due(Set<String> held) {
        return "completed_at < :cutoff" + (held.isEmpty() ? "" : " and customer_id not in (:held)");
    }

    private static Query bind(Query query, Instant cutoff, Set<String> held) {
        query.setParameter("cutoff", cutoff);
        if (!held.isEmpty()) {
            query.setParameter("held", held);
        }
        return query;
    }
}
