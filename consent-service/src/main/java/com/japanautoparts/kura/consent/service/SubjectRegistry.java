package com.japanautoparts.kura.consent.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.consent.domain.ConsentSubject;

/** Keeps the list of subjects this service knows, for policy-change notices and the 3-year proof window. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubjectRegistry {

    private final Clock clock;

    public SubjectRegistry(Clock clock) {
        this.clock = clock;
    }

    /** The subject's entry, created on first sight. An erased subject takes no new records. */
    public ConsentSubject touch(String subject) {
        ConsentSubject known = ConsentSubject.findBySubject(subject).orElseGet(() -> {
            ConsentSubject created = new ConsentSubject();
            created.subject = subject;
            created.firstSeenAt = Instant.now(clock);
            created.persist();
            return created;
        });
        if (known.erasedAt != null) {
            throw ProblemException.conflict("This customer's consent data was erased; nothing new is recorded for them");
        }
        return known;
    }
}
