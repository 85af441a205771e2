package com.japanautoparts.kura.disclosure.domain;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an exception disclosure is made, and the legal basis its ledger rows record. */
public enum CaseType {
    COURT_ORDER("court-order", LegalBasis.LEGAL_ORDER),
    GOVERNMENT_REQUEST("government-request", LegalBasis.LEGAL_ORDER),
    HARMFUL_CONDUCT("harmful-conduct", LegalBasis.HARMFUL_CONDUCT),
    FRAUD_PREVENTION("fraud-prevention", LegalBasis.FRAUD_PREVENTION),
    CREDIT_RISK("credit-risk", LegalBasis.CREDIT_RISK),
    /** Merger or other succession of the business: covers all customers, recorded in bulk. */
    BUSINESS_TRANSFER("business-transfer", LegalBasis.BUSINESS_TRANSFER);

    private final String key;
    private final LegalBasis basis;

    CaseType(String key, LegalBasis basis) {
        this.key = key;
        this.basis = basis;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public LegalBasis basis() {
        return basis;
    }

    public static Optional<CaseType> parse(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }
}
