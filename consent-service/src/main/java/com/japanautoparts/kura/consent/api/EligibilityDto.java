package com.japanautoparts.kura.consent.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * May we act on this purpose for this customer? {@code basedOnRecordId} names the ledger record the answer
 * rests on; {@code grantedAt} and {@code source} describe the opt-in when eligible; {@code reason} says why not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EligibilityDto(String customerId, String purpose, boolean eligible, Long basedOnRecordId, Instant grantedAt,
        SourceDto source, String reason) {
}
