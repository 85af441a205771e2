package com.japanautoparts.kura.consent.service;

import java.time.Period;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.idempotency.IdempotencyKeys;
import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionPlan;
import com.japanautoparts.kura.common.retention.RetentionQueries;
import com.japanautoparts.kura.consent.config.ConsentConfig;

/**
 * What consent-service keeps and for how long (common's RetentionService runs it; the README gives the reasons). In this
 * order:
 * <ul>
 * <li>consent proof: a ledger record that no longer decides its purpose, once its last use lies beyond the period (the
 * last marketing email for marketing-email-specials when one was sent, else the purpose's last action). The deciding
 * record of each purpose is never purged: a withdrawal is the standing opt-out (suppression), a grant the consent in
 * force. Deleted through the owner's function {@code consent_purge_superseded}, which records each removal; never sooner
 * than three years (the legal minimum, also in the database).</li>
 * <li>policy acknowledgements: kept while the customer has any consent record here that is not due; once none is left,
 * those older than the period go.</li>
 * <li>erased subjects' entries: once the proof window of an erased subject has closed (and the proof went above), the
 * time of the last email goes; an entry with no record left goes entirely.</li>
 * </ul>
 * Storage pressure shortens nothing: every category is legal proof.
 */
@ApplicationScoped
public class ConsentRetentionPlan implements RetentionPlan {

    public static final String CONSENT_PROOF = "consent proof (superseded ledger records)";
    public static final String ACKNOWLEDGEMENTS = "policy acknowledgements";
    public static final String ERASED_SUBJECTS = "erased subjects' entries";

    /**
     * Superseded records whose last use lies before the cutoff (and three years ago at least, by the database's clock), of
     * subjects not held: the database's {@code consent_superseded_due} (V1.1.1), so the dry run counts exactly what the
     * owner's purge function deletes.
     */
    static final String SUPERSEDED_RECORDS = "select consent_superseded_due(:cutoff, cast(:held as varchar[]))";
    private static final String SUPERSEDED_COUNT = "select count(*) from consent_superseded_due(:cutoff, cast(:held as varchar[]))";
    /** The owner's function: deletes a batch of them and records each removal in the chain's removal log. */
    private static final String SUPERSEDED_PURGE = "select consent_purge_superseded(:cutoff, cast(:held as varchar[]), :limit)";

    /** APPI Rules (records kept three years) and the SCTA's three years for mail-order ads: the database enforces it too. */
    public static final Period LEGAL_MINIMUM = Period.ofYears(3);

    /** Acknowledgements older than the cutoff of subjects (not held) with no consent record that is not due. */
    static final String DUE_ACKNOWLEDGEMENTS = """
            select a.id from policy_acknowledgement a
            where a.acknowledged_at < :cutoff and a.subject <> all(:held)
              and not exists (select 1 from consent_record r where r.subject = a.subject
                              and r.id not in (%s))
            """.formatted(SUPERSEDED_RECORDS);

    /** Erased subjects (not back since), not held, whose last email lies before the cutoff or who have no record left. */
    private static final String DUE_ERASED_SUBJECTS = """
            select s.subject, exists (select 1 from consent_record r where r.subject = s.subject) as has_records
            from consent_subject s
            where s.erased_at is not null and s.returned_at is null and s.subject <> all(:held)
              and (s.last_marketing_email_at < :cutoff
                   or not exists (select 1 from consent_record r where r.subject = s.subject))
            """;

    /** One batch of them: the entry goes when no record is left, else only the time of the last email. */
    private static final String FORGET_ERASED_SUBJECTS = """
            with due as (%s limit :limit),
            gone as (delete from consent_subject s using due where s.subject = due.subject and not due.has_records returning 1),
            cleared as (update consent_subject s set last_marketing_email_at = null from due
                        where s.subject = due.subject and due.has_records returning 1)
            select (select count(*) from gone) + (select count(*) from cleared)
            """.formatted(DUE_ERASED_SUBJECTS);

    private final List<RetentionCategory> categories;

    public ConsentRetentionPlan(ConsentConfig config, RetentionQueries queries, IdempotencyKeys idempotencyKeys) {
        Period consentProof = config.retention().consentProof();
        this.categories = List.of(
                RetentionCategory.of(CONSENT_PROOF, consentProof, queries.statements(SUPERSEDED_COUNT, SUPERSEDED_PURGE))
                        .legalMinimum(LEGAL_MINIMUM),
                RetentionCategory.of(ACKNOWLEDGEMENTS, consentProof, queries.rows("policy_acknowledgement", DUE_ACKNOWLEDGEMENTS)),
                RetentionCategory.of(ERASED_SUBJECTS, consentProof,
                        queries.statements("select count(*) from (" + DUE_ERASED_SUBJECTS + ") due", FORGET_ERASED_SUBJECTS)),
                idempotencyKeys.retention());
    }

    @Override
    public List<RetentionCategory> categories() {
        return categories;
    }
}
