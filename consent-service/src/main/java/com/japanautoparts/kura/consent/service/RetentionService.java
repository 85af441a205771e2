package com.japanautoparts.kura.consent.service;

import static com.japanautoparts.kura.common.retention.BatchedDelete.inBatches;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeLog;
import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionSchedule;
import com.japanautoparts.kura.consent.config.ConsentConfig;
import com.japanautoparts.kura.legalhold.LegalHolds;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes consent data that has outlived its retention period, in bounded batches (one short transaction each), and
 * records every purge in the purge log and the {@code kura.retention.purged} metric. Subjects under a legal hold are
 * left alone; when the hold service cannot be reached, nothing is purged.
 * <ul>
 * <li>consent proof: a ledger record that no longer decides its purpose, once its last use lies beyond the period (the
 * last marketing email for marketing-email-specials when one was sent, else the purpose's last action). The deciding
 * record of each purpose is never purged: a withdrawal is the standing opt-out (suppression), a grant the consent in
 * force.</li>
 * <li>policy acknowledgements: kept while the customer has any consent record here; once none is left, those older than
 * the period go.</li>
 * </ul>
 */
@ApplicationScoped
public class RetentionService implements RetentionSchedule {

    public static final String CONSENT_PROOF = "consent proof (superseded ledger records)";
    public static final String ACKNOWLEDGEMENTS = "policy acknowledgements";

    /** Superseded records whose last use lies before ?1, of subjects not in ?2. */
    private static final String DUE_RECORDS = """
            select d.id from (
                select r.id, r.subject, r.purpose_key,
                       row_number() over (partition by r.subject, r.purpose_key
                           order by r.at desc, case r.action when 'WITHDRAWN' then 0 else 1 end, r.id desc) as rank,
                       max(r.at) over (partition by r.subject, r.purpose_key) as last_action
                from consent_record r
                where r.subject not in (?2)
            ) d left join consent_subject s on s.subject = d.subject
            where d.rank > 1
              and (case when d.purpose_key = '%s' then coalesce(s.last_marketing_email_at, d.last_action) else d.last_action end) < ?1
            """.formatted(ConsentService.MARKETING_EMAIL);

    /** Acknowledgements older than ?1 of subjects (not in ?2) with no consent record left after the record purge. */
    private static final String DUE_ACKNOWLEDGEMENTS = """
            select a.id from policy_acknowledgement a
            where a.acknowledged_at < ?1 and a.subject not in (?2)
              and not exists (select 1 from consent_record r where r.subject = a.subject
                              and r.id not in (%s))
            """.formatted(DUE_RECORDS);

    private final ConsentConfig.Retention retention;
    private final LegalHolds legalHolds;
    private final EntityManager entityManager;
    private final PurgeLog purgeLog;
    private final Clock clock;

    public RetentionService(ConsentConfig config, LegalHolds legalHolds, EntityManager entityManager, PurgeLog purgeLog,
            Clock clock) {
        this.retention = config.retention();
        this.legalHolds = legalHolds;
        this.entityManager = entityManager;
        this.purgeLog = purgeLog;
        this.clock = clock;
    }

    @Scheduled(identity = RetentionSchedule.JOB, every = "${consent.retention.every:6h}", delayed = "${consent.retention.first-run-delay:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        try {
            purge(PurgeTrigger.SCHEDULE, RetentionSchedule.SCHEDULER);
        } catch (ProblemException e) {
            Log.warn("Retention purge skipped: the legal-hold service cannot be reached; the next run tries again");
        }
    }

    /** What a purge would delete now, category by category. */
    @Override
    public List<DueCategory> dryRun(PurgeTrigger trigger) {
        Instant cutoff = Instant.now(clock).minus(retention.consentProof());
        List<String> held = heldSubjects();
        return QuarkusTransaction.requiringNew().call(() -> List.of(
                new DueCategory(CONSENT_PROOF, cutoff, count(DUE_RECORDS, cutoff, held)),
                new DueCategory(ACKNOWLEDGEMENTS, cutoff, count(DUE_ACKNOWLEDGEMENTS, cutoff, held))));
    }

    /** Deletes everything past its cutoff, except what belongs to subjects under a legal hold. */
    @Override
    public List<DueCategory> purge(PurgeTrigger trigger, String actor) {
        Instant now = Instant.now(clock);
        Instant cutoff = now.minus(retention.consentProof());
        // Fetched once per run; unreachable means no run at all (a 503 problem for the caller).
        List<String> held = heldSubjects();
        // Acknowledgements first, while the records that decide whether a subject has any left are still there.
        long acknowledgements = inBatches(retention.batchSize(),
                batch -> delete("policy_acknowledgement", DUE_ACKNOWLEDGEMENTS, cutoff, held, batch));
        long records = inBatches(retention.batchSize(), batch -> {
            ConsentService.allowLedgerDeletes();
            return delete("consent_record", DUE_RECORDS, cutoff, held, batch);
        });
        QuarkusTransaction.requiringNew().run(() -> forgetErasedSubjects(cutoff, held));
        List<DueCategory> purged = List.of(new DueCategory(CONSENT_PROOF, cutoff, records),
                new DueCategory(ACKNOWLEDGEMENTS, cutoff, acknowledgements));
        QuarkusTransaction.requiringNew()
                .run(() -> purgeLog.record(purged.stream().map(due -> PurgeLogEntry.of(due, now, trigger, actor)).toList()));
        return purged;
    }

    @Override
    public List<PurgeLogEntry> purgeLog() {
        return purgeLog.latest(100);
    }

    private List<String> heldSubjects() {
        List<String> list = new ArrayList<>(legalHolds.heldSubjects());
        // "not in ()" is not SQL; no subject id is empty.
        list.add("");
        return list;
    }

    /** Erased subjects whose proof window closed need neither the time of the last email nor, once empty, an entry. */
    private void forgetErasedSubjects(Instant cutoff, List<String> held) {
        entityManager.createNativeQuery("""
                update consent_subject set last_marketing_email_at = null
                where erased_at is not null and last_marketing_email_at < ?1 and subject not in (?2)""")
                .setParameter(1, cutoff).setParameter(2, held).executeUpdate();
        entityManager.createNativeQuery("""
                delete from consent_subject s where s.erased_at is not null and s.subject not in (?1)
                  and not exists (select 1 from consent_record r where r.subject = s.subject)""")
                .setParameter(1, held).executeUpdate();
    }

    private int delete(String table, String dueIds, Instant cutoff, List<String> held, int batch) {
        return entityManager.createNativeQuery("delete from " + table + " where id in (" + dueIds + " limit ?3)")
                .setParameter(1, cutoff).setParameter(2, held).setParameter(3, batch).executeUpdate();
    }

    private long count(String dueIds, Instant cutoff, List<String> held) {
        return ((Number) entityManager.createNativeQuery("select count(*) from (" + dueIds + ") due")
                .setParameter(1, cutoff).setParameter(2, held).getSingleResult()).longValue();
    }
}
