package com.japanautoparts.kura.disclosure.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.LedgerEntry;
import com.japanautoparts.kura.disclosure.LegalBasis;
import com.japanautoparts.kura.disclosure.RecipientKind;

/** A ledger row as the privacy officer reads it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntryDto(long id, Instant at, LedgerEntry.Outcome outcome, String recipientId, String recipientName,
        RecipientKind recipientKind, String subject, List<String> subjects, String reference, List<String> dataItems,
        String purpose, LegalBasis legalBasis, String basisReference, String reason, String actor, String refusal,
        String previousHash, String hash) {

    public static LedgerEntryDto of(LedgerEntry e) {
        return new LedgerEntryDto(e.id, e.at, e.outcome, e.recipientId, e.recipientName, e.recipientKind, e.subject,
                e.subjects, e.reference, e.dataItems, e.purpose, e.legalBasis, e.basisReference, e.reason, e.actor,
                e.refusal, e.previousHash, e.hash);
    }
}
