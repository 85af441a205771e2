package com.japanautoparts.kura.disclosure.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.CaseStatus;
import com.japanautoparts.kura.disclosure.CaseType;
import com.japanautoparts.kura.disclosure.DisclosureCase;

/** An exception-disclosure case and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDto(long id, CaseType type, CaseStatus status, String recipientId, String referenceDocument,
        String requester, String description, List<String> subjects, List<String> dataItems, String openedBy,
        Instant openedAt, String decidedBy, Instant decidedAt, String decisionNote, String executedBy, Instant executedAt) {

    public static CaseDto of(DisclosureCase c) {
        return new CaseDto(c.id, c.type, c.status, c.recipient.id, c.referenceDocument, c.requester, c.description,
                c.subjects, c.dataItems, c.openedBy, c.openedAt, c.decidedBy, c.decidedAt, c.decisionNote, c.executedBy,
                c.executedAt);
    }
}
