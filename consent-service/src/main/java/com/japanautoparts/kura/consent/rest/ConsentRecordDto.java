package com.japanautoparts.kura.consent.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.consent.ConsentAction;
import com.japanautoparts.kura.consent.ConsentRecord;

/** One ledger record as shown to the customer, the storefront and in exports. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConsentRecordDto(long id, String customerId, String purpose, ConsentAction action, Instant at, Instant recordedAt,
        SourceDto source, String policyVersion, String noticeVersion, String userAgent, String recordedBy, boolean viaGpc) {

    public static ConsentRecordDto of(ConsentRecord r) {
        return new ConsentRecordDto(r.id, r.subject, r.purposeKey, r.action, r.at, r.recordedAt, new SourceDto(r.channel, r.page),
                r.policyVersion, r.noticeVersion, r.userAgent, r.actor, r.viaGpc);
    }
}
