package com.japanautoparts.kura.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.common.subject.Erasure;

/**
 * A data-subject request and its per-service progress. {@code subject} is shown to the privacy officer only.
 * {@code type}: access or erasure; {@code status}: received, in-progress, completed, partially-blocked or
 * failed-retrying. {@code exportAvailableUntil}: for a finished access request, until when its export can be
 * downloaded. {@code retained}: for an erasure request, what the gateway itself keeps (this record) and why; what each
 * service keeps is in its {@code progress} entry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestDto(UUID id, String subject, String type, String status, Instant receivedAt, Instant dueAt,
        Instant completedAt, String outcome, Instant exportAvailableUntil,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Erasure.Retained> retained, List<ProgressDto> progress) {

    /**
     * One service's part: {@code status} pending, done, blocked or nothing-held; its erase {@code outcome}; the
     * legal-hold {@code reason} when blocked; what it keeps by law and why ({@code retained}, only when it keeps
     * something); why the last attempt failed.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgressDto(String service, String status, int attempts, String outcome, String reason,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Erasure.Retained> retained, String lastError, Instant completedAt) {
    }
}
