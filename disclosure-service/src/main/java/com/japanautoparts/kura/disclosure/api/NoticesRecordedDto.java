package com.japanautoparts.kura.disclosure.api;

/** How many notices a correction or erasure report became. */
public record NoticesRecordedDto(int notices) {
}
