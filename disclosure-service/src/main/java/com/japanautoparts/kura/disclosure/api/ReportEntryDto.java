package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;

/**
 * One disclosure of a customer's data, as the customer sees it: who, when, what, why, on what basis; {@code times} and
 * {@code lastAt} when the same recipient received the same data for the same purpose and reference again (a carrier
 * pulling an order's delivery data more than once: {@code at} is the first time; absent when once); and
 * {@code notices}: when the recipient was told of a later correction or erasure of it, and whether it acknowledged
 * (absent when none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportEntryDto(long id, Instant at, String recipientName, RecipientKind recipientKind,
        List<String> dataItems, String purpose, LegalBasis legalBasis, String reference, Long times, Instant lastAt,
        List<ReportNoticeDto> notices) {

    public ReportEntryDto withNotices(List<ReportNoticeDto> told) {
        return new ReportEntryDto(id, at, recipientName, recipientKind, dataItems, purpose, legalBasis, reference, times,
                lastAt, told.isEmpty() ? null : told);
    }
}
