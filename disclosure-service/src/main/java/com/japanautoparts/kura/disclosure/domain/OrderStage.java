package com.japanautoparts.kura.disclosure.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The statuses of an order, as payment-service's projections name them (its order lifecycle): what a rule's disclosure
 * window opens and closes at.
 */
public enum OrderStage {
    PLACED, PAID, SHIPPED, DELIVERED, CANCELLED, REFUNDED;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OrderStage> parse(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }

    /** Unknown keys are refused when a rule is read from JSON (a 400 naming the field). */
    @JsonCreator
    static OrderStage fromJson(String key) {
        return parse(key).orElseThrow(() -> new IllegalArgumentException("must be one of placed, paid, shipped, delivered, cancelled, refunded"));
    }
}
