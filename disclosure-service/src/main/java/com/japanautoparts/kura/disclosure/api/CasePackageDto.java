package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.domain.CaseType;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;

/**
 * What an executed case hands to its recipient: exactly the approved items for the approved
 * subjects, with the ledger rows that record it. Returned once; never stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CasePackageDto(long caseId, CaseType type, LegalBasis legalBasis, String recipientId, String recipientName,
        String referenceDocument, Instant executedAt, List<String> dataItems, List<SubjectRecord> records,
        List<String> subjectsNotFound, List<Long> ledgerEntryIds) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubjectRecord(String customerId, List<String> dataItems, PersonName name, PostalAddress shippingAddress,
            PostalAddress billingAddress, PhoneNumber phone, EmailAddress email) {
    }
}
