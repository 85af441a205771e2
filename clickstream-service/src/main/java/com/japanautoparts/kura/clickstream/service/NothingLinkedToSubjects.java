package com.japanautoparts.kura.clickstream.service;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.legalhold.LegalHoldCheck;
import com.japanautoparts.kura.common.legalhold.SubjectHolds;

/**
 * clickstream-service's answer to "is this subject under a legal hold?": no subject is held here, because nothing
 * here is linked to a subject. A hold (disclosure-service) names customers; events carry only session pseudonyms
 * under daily keys that are discarded after the attribution window, and the aggregates, affiliates and keys carry
 * none, so no row can belong to a held customer. Asking disclosure-service would only add a dependency that can fail.
 */
@ApplicationScoped
public class NothingLinkedToSubjects implements LegalHoldCheck {

    @Override
    public SubjectHolds of(String subject) {
        return SubjectHolds.NOT_HELD;
    }

    @Override
    public Set<String> heldSubjects() {
        return Set.of();
    }
}
