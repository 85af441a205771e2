package com.japanautoparts.kura.disclosure.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.LedgerEntry;
import com.japanautoparts.kura.disclosure.LegalBasis;
import com.japanautoparts.kura.disclosure.RecipientKind;

/** One disclosure of a customer's data, as the customer sees it: who, when, what, why, on what basis. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportEntryDto(long id, Instant at, String recipientName, RecipientKind recipientKind,
        List<String> dataItems, String purpose, LegalBasis legalBasis, String reference) {

    public static ReportEntryDto of(LedgerEntry e) {
        return new ReportEntryDto(e.id, e.at, e.recipientName, e.recipientKind, e.dataItems, e.purpose, e.legalBasis,
                e.reference);
    }
}
