package com.japanautoparts.kura.disclosure.domain;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Life of an exception-disclosure case: opened, decided by a second person, executed once. */
public enum CaseStatus {
    OPEN("open"),
    APPROVED("approved"),
    REJECTED("rejected"),
    EXECUTED("executed");

    private final String key;

    CaseStatus(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The constant for a key as it appears in URLs and JSON. */
    public static Optional<CaseStatus> parse(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
