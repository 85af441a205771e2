package com.japanautoparts.kura.disclosure.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.japanautoparts.kura.disclosure.domain.LedgerAnchor;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LedgerHead;
import com.japanautoparts.kura.ledger.ChainLink;
import com.japanautoparts.kura.ledger.ChainPoint;
import com.japanautoparts.kura.ledger.Ledger;

/**
 * The disclosure ledger as kura-ledger's checkpoints and verification read it: rows are the links (a row's id is its
 * position), the anchor is the last purged row, the head is {@code ledger_head}.
 */
@ApplicationScoped
public class DisclosureLedger implements Ledger {

    public static final String NAME = "disclosure";

    @Override
    public String name() {
        return NAME;
    }

    /** Share-locked for the rest of the transaction, so a purge waits rather than moving the start of the chain under a reader. */
    @Override
    public ChainPoint anchor() {
        LedgerAnchor anchor = LedgerAnchor.findById(LedgerAnchor.ID, LockModeType.PESSIMISTIC_READ);
        if (anchor == null) {
            throw new IllegalStateException("The ledger anchor is missing");
        }
        return new ChainPoint(anchor.lastPurgedId, anchor.lastPurgedHash);
    }

    @Override
    public ChainPoint head() {
        LedgerHead head = LedgerHead.findById(LedgerHead.ID);
        if (head == null) {
            throw new IllegalStateException("The ledger chain head is missing");
        }
        return new ChainPoint(head.lastId, head.lastHash);
    }

    /** Rows are read a page at a time; the persistence context is emptied first, so a long walk holds one page. */
    @Override
    public List<? extends ChainLink> after(long position, int limit) {
        LedgerEntry.getEntityManager().clear();
        return LedgerEntry.after(position, limit);
    }
}
