package com.japanautoparts.kura.disclosure.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** A hold is active until a second privacy officer releases it; it also stops counting once it has ended. */
public enum HoldStatus {
    ACTIVE("active"),
    RELEASED("released");

    private final String key;

    HoldStatus(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
