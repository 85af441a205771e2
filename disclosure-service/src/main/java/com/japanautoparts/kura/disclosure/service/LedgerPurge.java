package com.japanautoparts.kura.disclosure.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.retention.DueRows;
import com.japanautoparts.kura.disclosure.domain.LedgerAnchor;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.ledger.ChainPoint;

import io.quarkus.logging.Log;

/**
 * The ledger rows due for deletion: the one retention category with rules of its own. The ledger is a hash chain, so
 * only its oldest rows go, without gaps: from the anchor (where the remaining chain starts) up to the first row that
 * is not yet past retention, names a subject under a legal hold, or fails verification. An edited row is evidence:
 * it and every row after it stay. The rows go through the owner's function {@code ledger_purge_oldest} (the application's
 * role cannot delete ledger rows); the database guard checks the same and moves the anchor with each delete
 * ({@code V1.2.0__retention.sql}, {@code V1.4.1__ledger_privileges.sql}), so what remains still verifies from the anchor.
 */
@ApplicationScoped
public class LedgerPurge implements DueRows {

    /** Rows read at a time when counting. */
    private static final int PAGE = 1000;

    /** Why a walk along the chain stopped. */
    private enum Stop {
        /** Past the last row. */
        END,
        /** The next row is not yet past retention. */
        NOT_EXPIRED,
        /** The next row names a subject under a legal hold. */
        HELD,
        /** The next row fails verification. */
        BROKEN
    }

    /** A walk from a position: the rows that may go end at {@code lastId}; {@code stop} is null when the page was full. */
    private record Walk(long lastId, String lastHash, long rows, Stop stop, Long stopId) {
    }

    /** Walks the chain from the anchor, as the purge would, and deletes nothing. */
    @Override
    public long count(Instant cutoff, Set<String> held) {
        Instant due = due(cutoff);
        LedgerAnchor anchor = LedgerAnchor.current();
        long afterId = anchor.lastPurgedId;
        String afterHash = anchor.lastPurgedHash;
        long rows = 0;
        Walk walk;
        do {
            walk = walk(afterId, afterHash, due, held, PAGE);
            rows += walk.rows();
            afterId = walk.lastId();
            afterHash = walk.lastHash();
            LedgerEntry.getEntityManager().clear();
        } while (walk.stop() == null);
        explain(walk);
        return rows;
    }

    /**
     * Deletes the next rows after the anchor that may go, at most {@code limit}, in the caller's transaction. The
     * anchor is locked meanwhile, so purges on several instances take turns.
     */
    @Override
    public int delete(Instant cutoff, Set<String> held, int limit) {
        LedgerAnchor anchor = LedgerAnchor.lockedForPurge();
        Walk walk = walk(anchor.lastPurgedId, anchor.lastPurgedHash, due(cutoff), held, limit);
        if (walk.rows() > 0) {
            int deleted = LedgerEntry.purgeOldest(anchor.lastPurgedId, walk.lastId());
            if (deleted != walk.rows()) {
                throw new IllegalStateException("Ledger purge deleted " + deleted + " rows, expected " + walk.rows());
            }
        }
        explain(walk);
        return Math.toIntExact(walk.rows());
    }

    /** The database guard judges age by the database's clock: never ask for more than it allows. */
    private static Instant due(Instant cutoff) {
        Instant legal = LedgerEntry.legalCutoff();
        return cutoff.isBefore(legal) ? cutoff : legal;
    }

    /** The rows after a position, up to {@code limit}, that may go: a prefix, up to the first that must stay. */
    private static Walk walk(long afterId, String afterHash, Instant cutoff, Set<String> held, int limit) {
        List<LedgerEntry> rows = LedgerEntry.after(afterId, limit);
        long lastId = afterId;
        String lastHash = afterHash;
        for (LedgerEntry row : rows) {
            Stop stop = !row.at.isBefore(cutoff) ? Stop.NOT_EXPIRED
                    : !row.follows(new ChainPoint(lastId, lastHash)) ? Stop.BROKEN
                    : names(row, held) ? Stop.HELD : null;
            if (stop != null) {
                return new Walk(lastId, lastHash, lastId - afterId, stop, row.id);
            }
            lastId = row.id;
            lastHash = row.hash;
        }
        return new Walk(lastId, lastHash, lastId - afterId, rows.size() < limit ? Stop.END : null, null);
    }

    private static boolean names(LedgerEntry row, Set<String> held) {
        return row.subject != null && held.contains(row.subject)
                || row.subjects != null && row.subjects.stream().anyMatch(held::contains);
    }

    /** Says why rows past retention stay, when they do (never whom they are about). */
    private static void explain(Walk walk) {
        if (walk.stop() == Stop.HELD) {
            Log.infof("Ledger row %d names a subject under a legal hold: it and the rows after it stay until the hold ends",
                    walk.stopId());
        } else if (walk.stop() == Stop.BROKEN) {
            Log.errorf("Ledger row %d fails verification: it and every row after it are kept as evidence", walk.stopId());
        }
    }
}
