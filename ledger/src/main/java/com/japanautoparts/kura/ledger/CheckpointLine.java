package com.japanautoparts.kura.ledger;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One checkpoint as the privacy officer exports it (one JSON object per line): the signed statement, its digest, the
 * public key it verifies with (X.509, base64), and when the witness confirmed keeping it. {@code id} orders the lines; a
 * mirror asks for those after the last id it has.
 */
@RegisterForReflection
public record CheckpointLine(long id, String ledger, long position, String hash, Instant at, String previous, String keyId,
        String signature, String digest, String publicKey, Instant witnessedAt) {

    static CheckpointLine of(LoggedCheckpoint logged, String publicKey) {
        Checkpoint c = logged.checkpoint();
        return new CheckpointLine(logged.id(), c.ledger(), c.position(), c.hash(), c.at(), c.previous(), c.keyId(), c.signature(),
                c.digest(), publicKey, logged.witnessedAt());
    }
}
