package com.japanautoparts.kura.catalogue;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a recipient of personal data is; need-to-know grants are written per kind. */
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

    public static Optional<RecipientKind> parse(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
