package com.japanautoparts.kura.ledger;

import java.util.Optional;

/** What the witness says it keeps of this service's ledger: the newest checkpoint, none yet, or nothing (unreachable). */
public record WitnessAnswer(boolean reachable, Optional<Checkpoint> newest) {

    public static WitnessAnswer unreachable() {
        return new WitnessAnswer(false, Optional.empty());
    }
}
