package com.japanautoparts.kura.consent;

import java.time.Instant;
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

    @Id
    public String subject;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    public Instant firstSeenAt;

    @Column(name = "last_marketing_email_at")
    public Instant lastMarketingEmailAt;

    /** Set when the subject was erased but records the law requires were kept. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    public static Optional<ConsentSubject> findBySubject(String subject) {
        return findByIdOptional(subject);
    }
}
