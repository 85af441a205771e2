package com.japanautoparts.kura.gateway.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.japanautoparts.kura.common.retention.PurgeTrigger;

/** The storage-pressure action: every service's part, in the order they ran. */
public record StoragePressureDto(PurgeTrigger trigger, List<ServicePurge> services) {

    /** One service's part: its report when it purged, else the status and problem detail it answered with. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServicePurge(String service, Outcome outcome, Integer status, String detail, JsonNode report) {
    }

    /** How one service's purge went. */
    public enum Outcome {
        PURGED("purged"),
        /** Not reachable, no answer in time, or answered 502/503/504 (for example: legal holds could not be checked). */
        UNAVAILABLE("unavailable"),
        /** Answered with another error; its status and detail say which. */
        FAILED("failed"),
        /** Named in the order but without a URL here. */
        NOT_CONFIGURED("not-configured");

        private final String value;

        Outcome(String value) {
            this.value = value;
        }

        @JsonValue
        public String value() {
            return value;
        }
    }
}
