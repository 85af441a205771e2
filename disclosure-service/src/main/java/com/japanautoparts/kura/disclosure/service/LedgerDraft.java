package com.japanautoparts.kura.disclosure.service;

import java.util.List;

import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.domain.LedgerOutcome;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;

/** What a new ledger row says; the ledger adds its position, time and hashes. */
public record LedgerDraft(LedgerOutcome outcome, Recipient recipient, String subject, List<String> subjects,
        String reference, List<String> dataItems, String purpose, LegalBasis legalBasis, String basisReference,
        String reason, String actor, String refusal) {

    public static LedgerDraft disclosed(Recipient recipient, String subject, String reference, List<String> dataItems,
            String purpose, LegalBasis basis, String basisReference, String reason, String actor) {
        return new LedgerDraft(LedgerOutcome.DISCLOSED, recipient, subject, null, reference, dataItems, purpose,
                basis, basisReference, reason, actor, null);
    }

    public static LedgerDraft refused(Recipient recipient, String subject, String reference, String purpose,
            String actor, String refusal) {
        return new LedgerDraft(LedgerOutcome.REFUSED, recipient, subject, null, reference, List.of(), purpose, null,
                null, null, actor, refusal);
    }
}
