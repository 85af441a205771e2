package com.japanautoparts.kura.disclosure;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why data is disclosed; also names the projection an owning service serves for it. */
public enum Purpose {
    DELIVERY("delivery"),
    PAYMENT("payment"),
    SUPPORT("support");

    private final String key;

    Purpose(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The constant for a key as it appears in URLs and JSON. */
    public static Optional<Purpose> parse(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
