package com.japanautoparts.kura.common.subject;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A service's answer to the gateway's erase hook. {@code reason} only when a legal hold blocks the erasure: what the
 * customer is told. {@code retained}: what the service keeps by law, and why.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErasureAnswer(String service, ErasureOutcome outcome, String reason, List<Erasure.Retained> retained) {

    static ErasureAnswer of(String service, Erasure erasure) {
        return new ErasureAnswer(service, erasure.outcome(), null, erasure.retained());
    }

    static ErasureAnswer blocked(String service, String reason) {
        return new ErasureAnswer(service, ErasureOutcome.BLOCKED_LEGAL_HOLD, reason, List.of());
    }
}
