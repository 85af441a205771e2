package com.japanautoparts.kura.gateway.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** Progress of one service within a data-subject request. */
public enum StepStatus {
    PENDING("pending"),
    DONE("done"),
    /** The service keeps the data under a legal hold. */
    BLOCKED("blocked"),
    /** The service holds no data linkable to the subject (answered so, or configured so). */
    NOTHING_HELD("nothing-held");

    private final String value;

    StepStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static StepStatus of(String value) {
        for (StepStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown step status");
    }
}
