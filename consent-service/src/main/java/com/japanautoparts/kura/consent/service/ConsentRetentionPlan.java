package com.japanautoparts.kura.consent.service;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.retention.DueRows;
import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionPlan;
import com.japanautoparts.kura.common.retention.RetentionQueries;
import com.japanautoparts.kura.consent.config.ConsentConfig;
import com.japanautoparts.kura.consent.domain.ConsentPurpose;
import com.japanautoparts.kura.consent.domain.ConsentRecord;

/**
 * What consent-service keeps and for how long (common's RetentionService runs it; the README gives the reasons). In this
 * order:
 * <ul>
 * <li>consent proof: a ledger record that no longer decides its purpose, once its last use lies beyond the period (the
 * last marketing email for marketing-email-specials when one was sent, else the purpose's last action). The deciding
 * record of each purpose is never purged: a withdrawal is the standing opt-out (suppression), a grant the consent in
 * force. Deleted through the ledger's one delete path, {@link ConsentRecord#withDeletesAllowed}.</li>
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

    /** Superseded records whose last use lies before the cutoff, of subjects not held. */
    static final String SUPERSEDED_RECORDS = """
            select d.id from (
                select r.id, r.subject, r.purpose_key,
                       row_number() over (partition by r.subject, r.purpose_key
                           order by r.at desc, case r.action when 'WITHDRAWN' then 0 else 1 end, r.id desc) as rank,
                       max(r.at) over (partition by r.subject, r.purpose_key) as last_action
                from consent_record r
                where r.subject <> all(:held)
            ) d left join consent_subject s on s.subject = d.subject
            where d.rank > 1
              and (case when d.purpose_key = '%s' then coalesce(s.last_marketing_email_at, d.last_action) else d.last_action end)
                  < :cutoff
            """.formatted(ConsentPurpose.MARKETING_EMAIL);

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

    public ConsentRetentionPlan(ConsentConfig config, RetentionQueries queries) {
        Period consentProof = config.retention().consentProof();
        this.categories = List.of(
                RetentionCategory.of(CONSENT_PROOF, consentProof, ledgerRows(queries.rows("consent_record", SUPERSEDED_RECORDS))),
                RetentionCategory.of(ACKNOWLEDGEMENTS, consentProof, queries.rows("policy_acknowledgement", DUE_ACKNOWLEDGEMENTS)),
                RetentionCategory.of(ERASED_SUBJECTS, consentProof,
                        queries.statements("select count(*) from (" + DUE_ERASED_SUBJECTS + ") due", FORGET_ERASED_SUBJECTS)));
    }

    @Override
    public List<RetentionCategory> categories() {
        return categories;
    }

    /** Ledger rows, deleted only through the ledger's sanctioned path (the append-only trigger lets them through). */
    private static DueRows ledgerRows(DueRows rows) {
        return new DueRows() {
            @Override
            public long count(Instant cutoff, Set<String> held) {
                return rows.count(cutoff, held);
            }

            @Override
            public int delete(Instant cutoff, Set<String> held, int limit) {
                return ConsentRecord.withDeletesAllowed(() -> rows.delete(cutoff, held, limit));
            }
        };
    }
}
