package com.japanautoparts.kura.contact.client;

import java.time.Instant;
import java.util.List;

/** A correction or erasure as disclosure-service receives it: whose, which categories (fideslang keys), when; no value. */
public record ChangeReportBody(String eventId, String subject, String kind, List<String> items, Instant changedAt) {
}
