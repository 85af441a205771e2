package com.japanautoparts.kura.common.subject;

import java.util.List;

/**
 * What a service's erasure did: the outcome, and what it still keeps about the subject because a law requires it,
 * with the law. Nothing else may remain.
 */
public record Erasure(ErasureOutcome outcome, List<Retained> retained) {

    /** Something kept after an erasure, and the legal reason it must be. Never personal data itself. */
    public record Retained(String what, String legalReason) {
    }

    public Erasure {
        retained = List.copyOf(retained);
    }

    public static Erasure erased() {
        return new Erasure(ErasureOutcome.ERASED, List.of());
    }

    public static Erasure nothingHeld() {
        return new Erasure(ErasureOutcome.NOTHING_HELD, List.of());
    }

    public static Erasure keeping(ErasureOutcome outcome, Retained... retained) {
        return new Erasure(outcome, List.of(retained));
    }
}
