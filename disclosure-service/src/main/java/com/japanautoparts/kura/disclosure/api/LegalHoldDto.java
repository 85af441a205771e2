package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.domain.HoldReason;
import com.japanautoparts.kura.disclosure.domain.HoldStatus;

/** A legal hold and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalHoldDto(long id, List<String> subjects, HoldReason reason, String description, Instant endsAt,
        String placedBy, Instant placedAt, HoldStatus status, String releasedBy, Instant releasedAt) {
}
