package com.japanautoparts.kura.consent.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.consent.domain.ConsentAction;

/** One ledger record as shown to the customer, the storefront and in exports. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentRecordDto(long id, String customerId, String purpose, ConsentAction action, Instant at, Instant recordedAt,
        SourceDto source, String policyVersion, String noticeVersion, String userAgent, String recordedBy, boolean viaGpc) {
}
