package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A notice as its recipient sees it: which order, which of the items it received were corrected or erased, when, and
 * what to do. No customer id. {@code corrected}: for a correction read one at a time, the corrected values of those items
 * (today's, from contact-service, recorded in the ledger as a disclosure first); absent when nothing is held any more.
 * {@code disclosureId}: that ledger row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoticeDto(long id, String kind, String orderId, String purpose, List<String> dataItems, Instant changedAt,
        Instant notifiedAt, Instant acknowledgedAt, String instruction, Long disclosureId, DisclosureDto.ContactData corrected) {
}
