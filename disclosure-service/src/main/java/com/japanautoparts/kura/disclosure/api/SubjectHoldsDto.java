package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import com.japanautoparts.kura.disclosure.domain.HoldReason;

/** Whether a subject is under a hold in force now, and the holds (their description is shown to the customer). */
public record SubjectHoldsDto(String customerId, boolean held, List<Hold> holds) {

    public record Hold(long id, HoldReason reason, String description, Instant endsAt) {
    }
}
