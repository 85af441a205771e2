package com.japanautoparts.kura.ledger;

import java.time.Instant;

/** A checkpoint as its ledger's service keeps it: its row id, and when its witness confirmed keeping it (null: not yet). */
public record LoggedCheckpoint(long id, Checkpoint checkpoint, Instant witnessedAt) {
}
