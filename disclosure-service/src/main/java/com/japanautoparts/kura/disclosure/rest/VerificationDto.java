package com.japanautoparts.kura.disclosure.rest;

/** The outcome of recomputing the ledger's hash chain; {@code firstBrokenRowId} is null when valid. */
public record VerificationDto(boolean valid, long rowsChecked, Long firstBrokenRowId) {
}
