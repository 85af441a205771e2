package com.japanautoparts.kura.disclosure.api;

/**
 * The outcome of recomputing the ledger's hash chain; {@code firstBrokenRowId} is null when valid. The chain is
 * checked from the anchor: {@code purgedRows} rows (positions 1 to {@code purgedRows}) have been purged after
 * their retention period, and the first remaining row must continue from {@code anchorHash}.
 */
public record VerificationDto(boolean valid, long rowsChecked, Long firstBrokenRowId, long purgedRows, String anchorHash) {
}
