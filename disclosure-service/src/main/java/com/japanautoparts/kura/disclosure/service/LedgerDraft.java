package com.japanautoparts.kura.disclosure.service;

import java.util.List;

import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.domain.LedgerOutcome;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;

/**
 * What a new ledger row says; the ledger adds its position, time and hashes. {@code ruleVersion}: the version of the
 * need-to-know rule it was released or refused under; {@code attempts}: for an aggregate row of refusals, how many.
 */
public record LedgerDraft(LedgerOutcome outcome, Recipient recipient, String subject, List<String> subjects,
        String reference, List<String> dataItems, String purpose, LegalBasis legalBasis, String basisReference,
        String reason, String actor, String refusal, Integer ruleVersion, Integer attempts) {

    /** A disclosure outside the need-to-know rules (an exception case). */
    public static LedgerDraft disclosed(Recipient recipient, String subject, String reference, List<String> dataItems,
            String purpose, LegalBasis basis, String basisReference, String reason, String actor) {
        return disclosed(recipient, subject, reference, dataItems, purpose, basis, basisReference, reason, actor, null);
    }

    /** A disclosure under a need-to-know rule, naming its version. */
    public static LedgerDraft disclosed(Recipient recipient, String subject, String reference, List<String> dataItems,
            String purpose, LegalBasis basis, String basisReference, String reason, String actor, Integer ruleVersion) {
        return new LedgerDraft(LedgerOutcome.DISCLOSED, recipient, subject, null, reference, dataItems, purpose,
                basis, basisReference, reason, actor, null, ruleVersion, null);
    }

    /** A bulk disclosure (business transfer): one row for many subjects. */
    public static LedgerDraft disclosedInBulk(Recipient recipient, List<String> subjects, String reference,
            List<String> dataItems, String purpose, LegalBasis basis, String basisReference, String actor) {
        return new LedgerDraft(LedgerOutcome.DISCLOSED, recipient, null, subjects, reference, dataItems, purpose, basis,
                basisReference, null, actor, null, null, null);
    }

    /**
     * An aggregate row of refused attempts: one recipient (or an unregistered client, {@code recipient} null), one actor,
     * one reason, one period ({@code reference}); the subjects of the orders or customers asked for, where known.
     */
    public static LedgerDraft refusals(Recipient recipient, List<String> subjects, String reference, String purpose,
            String actor, String refusal, Integer ruleVersion, int attempts) {
        return new LedgerDraft(LedgerOutcome.REFUSED, recipient, null, subjects.isEmpty() ? null : subjects, reference,
                List.of(), purpose, null, null, null, actor, refusal, ruleVersion, attempts);
    }

    /**
     * A notice to a recipient that data it received for the reference was corrected or erased (GDPR Art. 19): the items,
     * the purpose it received them for, the kind as the reason; no value.
     */
    public static LedgerDraft notified(Recipient recipient, String subject, String reference, List<String> dataItems,
            String purpose, String kind, String actor) {
        return new LedgerDraft(LedgerOutcome.NOTIFIED, recipient, subject, null, reference, dataItems, purpose, null,
                null, kind, actor, null, null, null);
    }

    /** The recipient acknowledged notice {@code notice:<id>} ({@code basisReference}). */
    public static LedgerDraft acknowledged(Recipient recipient, String subject, String reference, List<String> dataItems,
            String purpose, String kind, long noticeId, String actor) {
        return new LedgerDraft(LedgerOutcome.ACKNOWLEDGED, recipient, subject, null, reference, dataItems, purpose, null,
                "notice:" + noticeId, kind, actor, null, null, null);
    }
}
