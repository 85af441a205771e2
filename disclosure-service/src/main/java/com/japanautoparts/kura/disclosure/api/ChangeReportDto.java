package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * contact-service reports a correction or erasure: its id (each is recorded once), whose data, which categories
 * (fideslang keys), when. Never a value.
 */
public record ChangeReportDto(
        @NotNull @Pattern(regexp = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", message = "must be a UUID") String eventId,
        @NotNull @Pattern(regexp = Patterns.IDENTIFIER, message = Patterns.IDENTIFIER_MESSAGE) String subject,
        @NotNull @Pattern(regexp = "^(correction|erasure)$", message = "must be correction or erasure") String kind,
        @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = Patterns.DATA_ITEM, message = "must be a data category key") String> items,
        @NotNull Instant changedAt) {
}
