package com.japanautoparts.kura.ledger;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The outcome of verifying a ledger: its chain recomputed from the anchor, compared with its recorded head and with the
 * newest checkpoint its witness keeps (or, when the witness cannot be reached, its own newest valid one), and the
 * signature of every checkpoint checked.
 *
 * @param valid no broken link, no missing or rewritten link, no checkpoint with a bad signature
 * @param linksChecked links recomputed
 * @param firstBrokenPosition the first position that is broken, missing or may have been rewritten; null when none is
 * @param problem what is wrong, in words (positions, never personal data); null when valid
 * @param anchor where the remaining chain starts (the last purged link)
 * @param head the head as the ledger records it
 * @param end where the chain really ends: the last link that follows
 * @param checkpoint the checkpoint the chain was checked against; null when there is none yet
 * @param witnessReachable whether the witness answered
 * @param invalidCheckpoints checkpoints whose signature does not verify
 */
@RegisterForReflection
public record LedgerVerification(boolean valid, long linksChecked, Long firstBrokenPosition, String problem, ChainPoint anchor,
        ChainPoint head, ChainPoint end, CheckpointView checkpoint, boolean witnessReachable,
        List<InvalidCheckpoint> invalidCheckpoints) {

    /** Where a checkpoint came from: the witness (outside the ledger's database) or the service's own log. */
    public enum Source {
        WITNESS, LOCAL
    }

    /** A checkpoint the chain was checked against. */
    @RegisterForReflection
    public record CheckpointView(long position, String hash, Instant at, String keyId, Source source) {
    }

    /** A checkpoint whose signature does not verify: its position and time as it claims them. */
    @RegisterForReflection
    public record InvalidCheckpoint(long position, Instant at, Source source) {
    }
}
