package com.japanautoparts.kura.contact.api;

import java.time.Instant;

import com.japanautoparts.kura.contact.domain.ChangeKind;

/** One history entry: the field, what happened to it, when and who did it; never the value. */
public record ChangeDto(Instant at, String actor, String field, ChangeKind kind) {
}
