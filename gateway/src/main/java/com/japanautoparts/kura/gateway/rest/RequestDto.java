package com.japanautoparts.kura.gateway.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.gateway.DataSubjectRequest;
import com.japanautoparts.kura.gateway.RequestStatus;
import com.japanautoparts.kura.gateway.RequestType;
import com.japanautoparts.kura.gateway.StepStatus;

/** A data-subject request and its per-service progress. {@code subject} is shown to the privacy officer only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestDto(UUID id, String subject, RequestType type, RequestStatus status, Instant receivedAt,
        Instant dueAt, Instant completedAt, String outcome, List<ProgressDto> progress) {

    public record ProgressDto(String service, StepStatus status, int attempts, String outcome, String reason,
            String lastError, Instant completedAt) {
    }

    public static RequestDto of(DataSubjectRequest request, boolean withSubject) {
        return new RequestDto(request.id, withSubject ? request.subject : null, request.type, request.status,
                request.receivedAt, request.dueAt, request.completedAt, request.outcome,
                request.steps.stream()
                        .map(s -> new ProgressDto(s.service, s.status, s.attempts, s.outcome, s.reason, s.lastError, s.completedAt))
                        .toList());
    }
}
