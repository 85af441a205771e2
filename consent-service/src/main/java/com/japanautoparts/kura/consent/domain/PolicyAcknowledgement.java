package com.japanautoparts.kura.consent.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A customer has seen a policy version. */
@Entity
@Table(name = "policy_acknowledgement")
@Immutable
public class PolicyAcknowledgement extends PanacheEntity {

    @Column(nullable = false)
    public String subject;

    @Column(name = "policy_version_id", nullable = false)
    public Long policyVersionId;

    @Column(name = "acknowledged_at", nullable = false)
    public Instant acknowledgedAt;

    public static Optional<PolicyAcknowledgement> findFor(String subject, Long policyVersionId) {
        return find("subject = ?1 and policyVersionId = ?2", subject, policyVersionId).firstResultOptional();
    }

    public static boolean anyForSubject(String subject) {
        return count("subject", subject) > 0;
    }

    public static List<PolicyAcknowledgement> listForSubject(String subject) {
        return list("subject = ?1 order by acknowledgedAt, id", subject);
    }
}
