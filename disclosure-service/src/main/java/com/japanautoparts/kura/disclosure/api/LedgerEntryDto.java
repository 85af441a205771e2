package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.disclosure.domain.LedgerOutcome;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;

/**
 * A ledger row as the privacy officer reads it. {@code ruleVersion}: the need-to-know rule's version it was released or
 * refused under; {@code attempts}: on an aggregate row of refusals, how many attempts it stands for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntryDto(long id, Instant at, LedgerOutcome outcome, String recipientId, String recipientName,
        RecipientKind recipientKind, String subject, List<String> subjects, String reference, List<String> dataItems,
        String purpose, LegalBasis legalBasis, String basisReference, String reason, String actor, String refusal,
        Integer ruleVersion, Integer attempts, String previousHash, String hash) {
}
