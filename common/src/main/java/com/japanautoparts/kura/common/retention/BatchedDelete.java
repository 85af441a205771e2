package com.japanautoparts.kura.common.retention;

import java.util.function.IntUnaryOperator;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** How every service purges: bounded batches, each in its own short transaction, so a large purge never holds long locks. */
public final class BatchedDelete {

    private BatchedDelete() {
    }

    /**
     * Runs {@code deleteBatch} (given the batch size, returning how many rows it deleted) in a new transaction each
     * time until a batch comes back short; returns the total deleted.
     */
    public static long inBatches(int batchSize, IntUnaryOperator deleteBatch) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> deleteBatch.applyAsInt(batchSize));
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
