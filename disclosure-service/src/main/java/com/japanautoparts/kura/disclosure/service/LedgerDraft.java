package com.japanautoparts.kura.disclosure.service;

import java.util.List;

import com.japanautoparts.kura.disclosure.LedgerEntry;
import com.japanautoparts.kura.disclosure.LegalBasis;
import com.japanautoparts.kura.disclosure.Recipient;

/** What a new ledger row says; the ledger adds its position, time and hashes. */
public record LedgerDraft(LedgerEntry.Outcome outcome, Recipient recipient, String subject, List<String> subjects,
        String reference, List<String> dataItems, String purpose, LegalBasis legalBasis, String basisReference,
        String reason, String actor, String refusal) {

    public static LedgerDraft disclosed(Recipient recipient, String subject, String reference, List<String> dataItems,
            String purpose, LegalBasis basis, String basisReference, String reason, String actor) {
        return new LedgerDraft(LedgerEntry.Outcome.DISCLOSED, recipient, subject, null, reference, dataItems, purpose,
                basis, basisReference, reason, actor, null);
    }

    public static LedgerDraft refused(Recipient recipient, String subject, String reference, String purpose,
            String actor, String refusal) {
        return new LedgerDraft(LedgerEntry.Outcome.REFUSED, recipient, subject, null, reference, List.of(), purpose, null,
                null, null, actor, refusal);
    }
}
