package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import com.japanautoparts.kura.catalogue.RecipientKind;

/** An unacknowledged notice, for the privacy officer: to whom, about whom, what, since when. */
public record PendingNoticeDto(long id, String recipientId, String recipientName, RecipientKind recipientKind, String subject,
        String reference, String kind, List<String> dataItems, Instant notifiedAt, long ledgerId) {
}
