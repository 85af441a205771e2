package com.japanautoparts.kura.consent.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A customer this service knows (from a consent action, an acknowledgement or a marketing email),
 * with the time of the last marketing email: opt-in proof is kept for three years after it.
 */
@Entity
@Table(name = "consent_subject")
public class ConsentSubject extends PanacheEntityBase {

    private static final String NOT_ACKNOWLEDGING = "from ConsentSubject s where (s.erasedAt is null or s.returnedAt is not null)"
            + " and not exists"
            + " (select 1 from PolicyAcknowledgement a where a.subject = s.subject and a.policyVersionId = :version)";

    @Id
    public String subject;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    public Instant firstSeenAt;

    @Column(name = "last_marketing_email_at")
    public Instant lastMarketingEmailAt;

    /**
     * When the subject was last erased while records the law requires were kept (the suppression records); it stays
     * when the customer comes back, as the proof of that erasure.
     */
    @Column(name = "erased_at")
    public Instant erasedAt;

    /** The customer's first new action after that erasure: they are back, and take new records again. */
    @Column(name = "returned_at")
    public Instant returnedAt;

    /** Erased and not back since: no policy-change notice. */
    public boolean erased() {
        return erasedAt != null && returnedAt == null;
    }

    public static Optional<ConsentSubject> findBySubject(String subject) {
        return findByIdOptional(subject);
    }

    /** How many subjects known and not erased (or back since) have not acknowledged the policy version. */
    public static long countNotAcknowledging(long policyVersionId) {
        return count(NOT_ACKNOWLEDGING, Map.of("version", policyVersionId));
    }

    /** One page of the ids of subjects known and not erased (or back since) who have not acknowledged the policy version, by id. */
    public static List<String> listNotAcknowledging(long policyVersionId, int page, int size) {
        return ConsentSubject.<ConsentSubject> find(NOT_ACKNOWLEDGING + " order by s.subject", Map.of("version", policyVersionId))
                .page(page, size).stream().map(s -> s.subject).toList();
    }
}
