package com.japanautoparts.kura.common.idempotency;

/** What is kept of a first response: its status and the path of its {@code Location}, never its body. */
record IdempotencyRecord(String requestHash, int status, String location) {
}
