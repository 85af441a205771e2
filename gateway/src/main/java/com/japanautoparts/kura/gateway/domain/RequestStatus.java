package com.japanautoparts.kura.gateway.domain;

import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/** Lifecycle of a data-subject request. */
public enum RequestStatus {
    RECEIVED("received"),
    IN_PROGRESS("in-progress"),
    /** Every service confirmed. */
    COMPLETED("completed"),
    /** Every service answered, and at least one kept data under a legal hold. */
    PARTIALLY_BLOCKED("partially-blocked"),
    /** A service has failed repeatedly; the scheduled retry keeps trying. */
    FAILED_RETRYING("failed-retrying");

    public static final Set<RequestStatus> OPEN = EnumSet.of(RECEIVED, IN_PROGRESS, FAILED_RETRYING);

    private final String value;

    RequestStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public boolean open() {
        return OPEN.contains(this);
    }

    public static RequestStatus of(String value) {
        for (RequestStatus status : values()) {
            if (status.value.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown request status");
    }
}
