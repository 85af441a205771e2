package com.japanautoparts.kura.consent.api;

import java.time.Instant;
import java.time.LocalDate;

/** A published privacy policy version. */
public record PolicyDto(String version, LocalDate effectiveDate, String summary, String textSha256, Instant publishedAt) {
}
