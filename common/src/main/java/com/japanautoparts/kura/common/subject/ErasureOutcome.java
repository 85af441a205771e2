package com.japanautoparts.kura.common.subject;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What one service did with an erasure request: the outcomes every service and the gateway share. */
public enum ErasureOutcome {
    /** Everything about the subject is gone. */
    ERASED("erased"),
    /** Records kept by law remain, with nothing left that identifies the subject. */
    PSEUDONYMISED("pseudonymised"),
    /** Only suppression records remain: proof that the subject must not be contacted, and the opt-in proof the law needs. */
    SUPPRESSION_KEPT("suppression-kept"),
    /** Records the law requires are kept as they are, naming the subject (the disclosure ledger). */
    RETAINED_LEGAL_OBLIGATION("retained-legal-obligation"),
    /** The service held nothing about the subject. */
    NOTHING_HELD("nothing-held"),
    /** A legal hold stops the erasure; nothing changed. */
    BLOCKED_LEGAL_HOLD("blocked-legal-hold");

    private final String key;

    ErasureOutcome(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** The outcome for its key; unknown keys are absent, so a caller can treat them as a failed step. */
    public static Optional<ErasureOutcome> parse(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    @JsonCreator
    static ErasureOutcome fromJson(String key) {
        return parse(key).orElse(null);
    }
}
