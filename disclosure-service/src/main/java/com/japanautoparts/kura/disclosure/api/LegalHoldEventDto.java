package com.japanautoparts.kura.disclosure.rest;

import java.time.Instant;
import java.util.Locale;

import com.japanautoparts.kura.disclosure.LegalHoldEvent;

/** One placement or release of a hold: kind "placed" or "released". */
public record LegalHoldEventDto(long id, long holdId, String kind, String actor, Instant at, int subjectCount) {

    public static LegalHoldEventDto of(LegalHoldEvent e) {
        return new LegalHoldEventDto(e.id, e.holdId, e.kind.name().toLowerCase(Locale.ROOT), e.actor, e.at, e.subjectCount);
    }
}
