package com.japanautoparts.kura.clickstream.api;

import java.time.LocalDate;

/** Views of one page on one UTC day; sessions are distinct daily pseudonyms. */
public record PageStatDto(LocalDate day, String path, long views, long sessions, Long averageDwellMs) {
}
