package com.japanautoparts.kura.disclosure.rest;

import java.time.Instant;
import java.util.List;

import com.japanautoparts.kura.disclosure.HoldReason;
import com.japanautoparts.kura.disclosure.LegalHold;

/** Whether a subject is under a hold in force now, and the holds (their description is shown to the customer). */
public record SubjectHoldsDto(String customerId, boolean held, List<Hold> holds) {

    public record Hold(long id, HoldReason reason, String description, Instant endsAt) {

        public static Hold of(LegalHold h) {
            return new Hold(h.id, h.reason, h.description, h.endsAt);
        }
    }
}
