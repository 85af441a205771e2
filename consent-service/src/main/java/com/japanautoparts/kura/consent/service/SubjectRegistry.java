package com.japanautoparts.kura.consent.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.consent.domain.ConsentSubject;

/**
 * Keeps the list of subjects this service knows, for policy-change notices and the 3-year proof window. A customer
 * erased while suppression records were kept can come back: a new action dated after the erasure is recorded and marks
 * them back ({@code returned_at}); one dated before it is refused, so that no delayed batch revives what was erased.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectRegistry {

    private final Clock clock;

    public SubjectRegistry(Clock clock) {
        this.clock = clock;
    }

    /**
     * The subject's entry for a new record of an action at {@code at}, created on first sight. After an erasure, only an
     * action after it is taken (409 otherwise), and the first one marks the customer back.
     */
    public ConsentSubject touch(String subject, Instant at) {
        ConsentSubject known = entry(subject);
        if (known.erasedAt != null && !at.isAfter(known.erasedAt)) {
            throw ProblemException.conflict("This customer's consent data was erased after that time; only an action taken "
                    + "after the erasure is recorded");
        }
        if (known.erased()) {
            known.returnedAt = Instant.now(clock);
        }
        return known;
    }

    /** The subject's entry, created on first sight; no check (the erasure's own use). */
    public ConsentSubject entry(String subject) {
        return ConsentSubject.findBySubject(subject).orElseGet(() -> {
            ConsentSubject created = new ConsentSubject();
            created.subject = subject;
            created.firstSeenAt = Instant.now(clock);
            created.persist();
            return created;
        });
    }
}
