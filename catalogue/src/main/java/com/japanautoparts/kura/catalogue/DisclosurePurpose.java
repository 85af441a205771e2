package com.japanautoparts.kura.catalogue;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why personal data leaves Kura to a recipient outside the owning service. Not a consent purpose (those are
 * consent-service's: what a customer agrees to, such as specials by email).
 */
public enum DisclosurePurpose {
    /** A carrier delivers an order. */
    DELIVERY("delivery", "essential.service.operations"),
    /** A payment processor charges or refunds an order. */
    PAYMENT("payment", "essential.service.payment_processing"),
    /** Customer support answers the customer. */
    SUPPORT("support", "essential.service.operations.support");

    private final String key;
    private final String dataUse;

    DisclosurePurpose(String key, String dataUse) {
        this.key = key;
        this.dataUse = dataUse;
    }

    /** The key in URLs, the ledger and JSON. */
    @JsonValue
    public String key() {
        return key;
    }

    /** The fideslang data use. */
    public String dataUse() {
        return dataUse;
    }

    public static Optional<DisclosurePurpose> parse(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
