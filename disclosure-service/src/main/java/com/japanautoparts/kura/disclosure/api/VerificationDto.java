package com.japanautoparts.kura.disclosure.api;

import java.util.List;

import com.japanautoparts.kura.ledger.ChainPoint;
import com.japanautoparts.kura.ledger.LedgerVerification;
import com.japanautoparts.kura.ledger.LedgerVerification.CheckpointView;
import com.japanautoparts.kura.ledger.LedgerVerification.InvalidCheckpoint;

/**
 * The outcome of verifying the ledger (kura-ledger's {@link LedgerVerification}); {@code firstBrokenRowId} is null when
 * valid. The chain is checked from the anchor: {@code purgedRows} rows (positions 1 to {@code purgedRows}) have been purged
 * after their retention period, and the first remaining row must continue from {@code anchorHash}. Its end is compared
 * with the recorded {@code head} and with {@code checkpoint}, the newest signed checkpoint consent-service keeps as its
 * witness (this service's own newest when the witness cannot be reached: {@code witnessReachable} false): rows cut off or
 * rewritten after it was signed are reported from the first position missing or changed. {@code invalidCheckpoints} lists
 * checkpoints whose signature does not verify.
 */
public record VerificationDto(boolean valid, long rowsChecked, Long firstBrokenRowId, long purgedRows, String anchorHash,
        String problem, ChainPoint head, ChainPoint end, CheckpointView checkpoint, boolean witnessReachable,
        List<InvalidCheckpoint> invalidCheckpoints) {

    public static VerificationDto of(LedgerVerification v) {
        return new VerificationDto(v.valid(), v.linksChecked(), v.firstBrokenPosition(), v.anchor().position(), v.anchor().hash(),
                v.problem(), v.head(), v.end(), v.checkpoint(), v.witnessReachable(), v.invalidCheckpoints());
    }
}
