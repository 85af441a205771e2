package com.japanautoparts.kura.disclosure.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.subject.Erasure;
import com.japanautoparts.kura.common.subject.ErasureOutcome;
import com.japanautoparts.kura.common.subject.SubjectData;
import com.japanautoparts.kura.common.subject.SubjectExport;
import com.japanautoparts.kura.disclosure.domain.DisclosureCase;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LegalHold;


/**
 * disclosure-service's part in data-subject requests. The export is the customer's report: every disclosure of their
 * data (APPI Art. 33(5)). An erasure deletes nothing: what names the subject here is a record the law requires to be
 * kept (the ledger of provision, and the cases and holds that explain it), holding identifiers and category names,
 * never the disclosed values.
 */
@ApplicationScoped
@Transactional
public class DisclosureSubjectData implements SubjectData {


    static final Erasure.Retained LEDGER = new Erasure.Retained(
            "disclosure ledger rows naming the subject id, recipients, dates and data categories (no values)",
            "APPI Art. 29/30: records of provision kept at least 3 years");
    static final Erasure.Retained CASES = new Erasure.Retained(
            "exception-disclosure cases listing the subject id: type, recipient, reference document, decision (no values)",
            "APPI Art. 29: the approval behind ledger rows of provision, kept as long as they are (at least 3 years)");
    static final Erasure.Retained HOLDS = new Erasure.Retained(
            "legal holds naming the subject id, with who placed and released them",
            "APPI Art. 35 and GDPR Art. 17(3)(b), (e): the record of a legal obligation or claim, kept 3 years after the hold ended");

    private final LedgerService ledger;

    public DisclosureSubjectData(LedgerService ledger) {
        this.ledger = ledger;
    }

    /**
     * The report (the shape of {@link com.japanautoparts.kura.disclosure.api.SubjectExportDto}): every disclosure of the
     * subject's data, identical repeats as one entry with how many times and when last ({@link LedgerService#reportFor},
     * an SQL aggregate: a few entries per order and recipient, however often it was pulled).
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubjectExport> export(String subject) {
        if (!LedgerEntry.anyDisclosureOf(subject)) {
            return Optional.empty();
        }
        return Optional.of(document -> document.field("disclosures", ledger.reportFor(subject)));
    }

    /** Nothing is deleted, ever: it says what is kept, and why. */
    @Override
    public Erasure erase(String subject) {
        List<Erasure.Retained> retained = new ArrayList<>();
        if (LedgerEntry.anyNaming(subject)) {
            retained.add(LEDGER);
        }
        if (DisclosureCase.anyNaming(subject)) {
            retained.add(CASES);
        }
        if (LegalHold.anyNaming(subject)) {
            retained.add(HOLDS);
        }
        return retained.isEmpty() ? Erasure.nothingHeld()
                : new Erasure(ErasureOutcome.RETAINED_LEGAL_OBLIGATION, retained);
    }
}
