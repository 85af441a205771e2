package com.japanautoparts.kura.disclosure.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.disclosure.domain.LedgerEntry;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Group commit of the broker's ledger rows: each request's row is still committed before its data leaves, but rows of
 * requests arriving together share one transaction, one lock of the chain head and one commit. A request queues its
 * row and takes the writer's turn; whoever has the turn writes every row queued by then ({@link LedgerService#appendAll},
 * in a transaction of its own, at most {@link #MAX_BATCH} rows), and a request whose row someone else wrote returns
 * with it. If a batch fails, each of its rows is tried alone, so one bad row never refuses the others.
 */
@ApplicationScoped
public class LedgerGroupCommit {

    static final int MAX_BATCH = 256;

    /** One request's row, written by whoever had the turn. */
    private static final class Pending {
        final LedgerDraft draft;
        LedgerEntry entry;
        RuntimeException failure;
        volatile boolean done;

        Pending(LedgerDraft draft) {
            this.draft = draft;
        }
    }

    private final LedgerService ledger;
    private final Queue<Pending> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock turn = new ReentrantLock();

    public LedgerGroupCommit(LedgerService ledger) {
        this.ledger = ledger;
    }

    /** Commits the row (with others queued meanwhile) and returns it; throws what writing it threw. */
    public LedgerEntry append(LedgerDraft draft) {
        Pending mine = new Pending(draft);
        queued.add(mine);
        while (!mine.done) {
            turn.lock();
            try {
                if (!mine.done) {
                    write(take());
                }
            } finally {
                turn.unlock();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.entry;
    }

    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = queued.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void write(List<Pending> batch) {
        try {
            List<LedgerEntry> entries = commit(batch.stream().map(p -> p.draft).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).entry = entries.get(i);
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).failure = e;
            } else {
                for (Pending p : batch) {
                    try {
                        p.entry = commit(List.of(p.draft)).get(0);
                    } catch (RuntimeException alone) {
                        p.failure = alone;
                    }
                }
            }
        } finally {
            batch.forEach(p -> p.done = true);
        }
    }

    private List<LedgerEntry> commit(List<LedgerDraft> drafts) {
        return QuarkusTransaction.requiringNew().call(() -> ledger.appendAll(drafts));
    }
}
