package com.japanautoparts.kura.clickstream.api;

import java.time.LocalDate;

/** Uses of one feature on one UTC day; sessions are distinct daily pseudonyms. */
public record FeatureStatDto(LocalDate day, String feature, long uses, long sessions, Long averageDurationMs) {
}
