package com.japanautoparts.kura.disclosure.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why subjects are under a legal hold. */
public enum HoldReason {
    LITIGATION("litigation"),
    LEGAL_OBLIGATION("legal-obligation"),
    INVESTIGATION("investigation");

    private final String key;

    HoldReason(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }
}
