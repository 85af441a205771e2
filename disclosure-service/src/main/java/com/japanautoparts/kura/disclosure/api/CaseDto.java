package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.domain.CaseStatus;
import com.japanautoparts.kura.disclosure.domain.CaseType;

/** An exception-disclosure case and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDto(long id, CaseType type, CaseStatus status, String recipientId, String referenceDocument,
        String requester, String description, List<String> subjects, List<String> dataItems, String openedBy,
        Instant openedAt, String decidedBy, Instant decidedAt, String decisionNote, String executedBy, Instant executedAt) {
}
