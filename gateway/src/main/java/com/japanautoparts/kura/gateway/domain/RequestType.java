package com.japanautoparts.kura.gateway.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Kinds of data-subject request. */
public enum RequestType {
    ACCESS("access"),
    ERASURE("erasure");

    private final String value;

    RequestType(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static RequestType of(String value) {
        for (RequestType type : values()) {
            if (type.value.equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown request type");
    }
}
