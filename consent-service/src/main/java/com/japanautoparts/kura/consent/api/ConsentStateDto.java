package com.japanautoparts.kura.consent.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The current state of one purpose for one customer, derived from the ledger: {@code granted}, {@code withdrawn}
 * or {@code none}, with the record that decides it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentStateDto(String purpose, String state, Long recordId, Instant since, SourceDto source,
        String policyVersion, String noticeVersion) {
}
