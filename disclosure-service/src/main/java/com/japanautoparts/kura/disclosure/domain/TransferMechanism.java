package com.japanautoparts.kura.disclosure.domain;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a transfer to the recipient's country is lawful (APPI Art. 28). */
public enum TransferMechanism {
    DOMESTIC("domestic"),
    CONSENT("consent"),
    EQUIVALENT_MEASURES("equivalent-measures"),
    ADEQUACY("adequacy");

    private final String key;

    TransferMechanism(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The constant for a key as it appears in URLs and JSON. */
    public static Optional<TransferMechanism> parse(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
