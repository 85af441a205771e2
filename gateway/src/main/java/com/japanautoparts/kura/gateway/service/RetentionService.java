package com.japanautoparts.kura.gateway.service;

import static com.japanautoparts.kura.common.retention.BatchedDelete.inBatches;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeLog;
import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionSchedule;
import com.japanautoparts.kura.gateway.RequestStatus;
import com.japanautoparts.kura.gateway.config.GatewayConfig;
import com.japanautoparts.kura.legalhold.LegalHolds;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The gateway's retention schedule: data-subject request records, kept 24 months after they were answered as proof
 * of how each request was handled. Deletes in bounded batches (one short transaction each; a request's steps go with
 * it), never an open request and never one of a subject under a legal hold, and records every purge in the purge log
 * and the {@code kura.retention.purged} metric. Storage pressure deletes nothing sooner: the records are the proof
 * of compliance, and they are small.
 */
@ApplicationScoped
public class RetentionService implements RetentionSchedule {

    public static final String REQUEST_RECORDS = "data-subject request records";

    /** The records due: answered before the cutoff, not open, no held subject. The dry run counts what the purge deletes. */
    private static final String DUE = "from dsr_request where completed_at < :cutoff and status <> all(:open) and subject <> all(:held)";
    private static final String[] OPEN = RequestStatus.OPEN.stream().map(RequestStatus::value).toArray(String[]::new);

    private final GatewayConfig.Retention retention;
    private final EntityManager entityManager;
    private final LegalHolds legalHolds;
    private final PurgeLog purgeLog;
    private final Clock clock;

    public RetentionService(GatewayConfig config, EntityManager entityManager, LegalHolds legalHolds,
            PurgeLog purgeLog, Clock clock) {
        this.retention = config.retention();
        this.entityManager = entityManager;
        this.legalHolds = legalHolds;
        this.purgeLog = purgeLog;
        this.clock = clock;
    }

    @Scheduled(identity = RetentionSchedule.JOB, every = "${gateway.retention.every:6h}",
            delayed = "${gateway.retention.first-run-delay:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            purge(PurgeTrigger.SCHEDULE, RetentionSchedule.SCHEDULER);
        } catch (ProblemException e) {
            Log.warnf("Scheduled purge skipped: %s", e.getMessage());
        }
    }

    /** Both triggers give the same answer: storage pressure deletes no request record sooner. */
    @Override
    public List<DueCategory> dryRun(PurgeTrigger trigger) {
        Instant cutoff = cutoff(clock.instant());
        String[] held = heldSubjects();
        long count = QuarkusTransaction.requiringNew().call(
                () -> ((Number) bind(entityManager.createNativeQuery("select count(*) " + DUE), cutoff, held).getSingleResult())
                        .longValue());
        return List.of(new DueCategory(REQUEST_RECORDS, cutoff, count));
    }

    /**
     * Deletes the due records batch by batch, steps with their request (on delete cascade). The held subjects are
     * read once, before anything is deleted; without an answer nothing is deleted or recorded.
     */
    @Override
    public List<DueCategory> purge(PurgeTrigger trigger, String actor) {
        Instant now = clock.instant();
        Instant cutoff = cutoff(now);
        String[] held = heldSubjects();
        String delete = "delete from dsr_request where id in (select id " + DUE + " limit :batch)";
        long total = inBatches(retention.batchSize(), batch -> bind(entityManager.createNativeQuery(delete), cutoff, held)
                .setParameter("batch", batch).executeUpdate());
        DueCategory purged = new DueCategory(REQUEST_RECORDS, cutoff, total);
        QuarkusTransaction.requiringNew().run(() -> purgeLog.record(List.of(PurgeLogEntry.of(purged, now, trigger, actor))));
        return List.of(purged);
    }

    @Override
    public List<PurgeLogEntry> purgeLog() {
        return QuarkusTransaction.requiringNew().call(() -> purgeLog.latest(100));
    }

    private Instant cutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(retention.requestRecords()).toInstant();
    }

    /** Throws {@code LegalHoldsUnavailableException} (a 503 problem) when disclosure-service cannot tell. */
    private String[] heldSubjects() {
        return legalHolds.heldSubjects().toArray(String[]::new);
    }

    private static Query bind(Query query, Instant cutoff, String[] held) {
        return query.setParameter("cutoff", cutoff).setParameter("open", OPEN).setParameter("held", held);
    }
}
