package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;

/** One placement or release of a hold: kind "placed" or "released". */
public record LegalHoldEventDto(long id, long holdId, String kind, String actor, Instant at, int subjectCount) {
}
