package com.japanautoparts.kura.disclosure.domain;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The ground a disclosure rests on; recorded in every ledger row (APPI Art. 27, 29). */
public enum LegalBasis {
    CONTRACT("contract"),
    CONSENT("consent"),
    LEGAL_ORDER("legal-order"),
    HARMFUL_CONDUCT("harmful-conduct"),
    FRAUD_PREVENTION("fraud-prevention"),
    CREDIT_RISK("credit-risk"),
    BUSINESS_TRANSFER("business-transfer"),
    OUTSOURCING("outsourcing");

    private final String key;

    LegalBasis(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The constant for a key as it appears in URLs and JSON. */
    public static Optional<LegalBasis> parse(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
