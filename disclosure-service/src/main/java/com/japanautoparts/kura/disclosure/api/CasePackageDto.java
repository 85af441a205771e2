package com.japanautoparts.kura.disclosure.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.CaseType;
import com.japanautoparts.kura.disclosure.LegalBasis;
import com.japanautoparts.kura.disclosure.client.ContactProjection;

/**
 * What an executed case hands to its recipient: exactly the approved items for the approved
 * subjects, with the ledger rows that record it. Returned once; never stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CasePackageDto(long caseId, CaseType type, LegalBasis legalBasis, String recipientId, String recipientName,
        String referenceDocument, Instant executedAt, List<String> dataItems, List<SubjectRecord> records,
        List<String> subjectsNotFound, List<Long> ledgerEntryIds) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubjectRecord(String customerId, List<String> dataItems, ContactProjection.Name name,
            ContactProjection.Address shippingAddress, ContactProjection.Address billingAddress,
            ContactProjection.Phone phone, ContactProjection.Email email) {
    }
}
