package com.japanautoparts.kura.common.legalhold;

import java.util.Set;

/**
 * Whether subjects are under a legal hold, asked before anything about them is erased or purged. disclosure-service
 * owns the holds and answers from its own tables; every other service asks it over REST (kura-legal-hold-client).
 * A service that keeps nothing linked to a subject declares so with an implementation that holds nobody.
 * Implementations throw {@link LegalHoldsUnavailableException} when they cannot know: the caller must then delete nothing.
 */
public interface LegalHoldCheck {

    /** Whether the subject is held now, and by which holds; for an erasure. */
    SubjectHolds of(String subject);

    /** Every subject held now; fetched once per purge run. */
    Set<String> heldSubjects();
}
