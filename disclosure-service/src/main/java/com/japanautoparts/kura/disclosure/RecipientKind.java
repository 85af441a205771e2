package com.japanautoparts.kura.disclosure;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a recipient is; need-to-know rules are written per kind. */
public enum RecipientKind {
    CARRIER("carrier"),
    PAYMENT_PROCESSOR("payment-processor"),
    ANALYTICS("analytics"),
    AFFILIATE("affiliate"),
    FRAUD_PREVENTION("fraud-prevention"),
    CREDIT_BUREAU("credit-bureau"),
    AUTHORITY("authority"),
    ACQUIRER("acquirer"),
    STAFF("staff");

    private final String key;

    RecipientKind(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The constant for a key as it appears in URLs and JSON. */
    public static Optional<RecipientKind> parse(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
