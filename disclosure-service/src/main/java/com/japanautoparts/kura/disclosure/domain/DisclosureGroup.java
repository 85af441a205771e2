package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;
import java.util.List;

import com.japanautoparts.kura.catalogue.RecipientKind;

/**
 * Identical disclosures of one subject's data as one: the same recipient received the same data items for the same
 * purpose, basis and reference {@code times} times, the first as ledger row {@code firstId}. A carrier pulls one order's
 * delivery data many times; what the subject reads, and what is kept in memory to read it, grows with what was
 * disclosed, not with how often.
 */
public record DisclosureGroup(Long firstId, Instant firstAt, Instant lastAt, Long times, String recipientId,
        String recipientName, RecipientKind recipientKind, List<String> dataItems, String purpose, LegalBasis legalBasis,
        String reference) {
}
