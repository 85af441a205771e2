package com.japanautoparts.kura.clickstream.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.subject.Erasure;
import com.japanautoparts.kura.common.subject.SubjectData;
import com.japanautoparts.kura.common.subject.SubjectExport;

/**
 * clickstream-service's part in data-subject requests: nothing is held about anyone (see
 * {@link NothingLinkedToSubjects}), so there is never anything to export (404) or erase (nothing-held).
 */
@ApplicationScoped
public class ClickstreamSubjectData implements SubjectData {

    @Override
    public Optional<SubjectExport> export(String subject) {
        return Optional.empty();
    }

    @Override
    public Erasure erase(String subject) {
        return Erasure.nothingHeld();
    }
}
