package com.japanautoparts.kura.disclosure.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.HoldReason;
import com.japanautoparts.kura.disclosure.HoldStatus;
import com.japanautoparts.kura.disclosure.LegalHold;

/** A legal hold and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LegalHoldDto(long id, List<String> subjects, HoldReason reason, String description, Instant endsAt,
        String placedBy, Instant placedAt, HoldStatus status, String releasedBy, Instant releasedAt) {

    public static LegalHoldDto of(LegalHold h) {
        return new LegalHoldDto(h.id, List.copyOf(h.subjects), h.reason, h.description, h.endsAt, h.placedBy, h.placedAt,
                h.status, h.releasedBy, h.releasedAt);
    }
}
