package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Where the remaining ledger chain starts: position and hash of the last purged row (0 and the genesis hash
 * before any purge). Only the database moves it, in the same statement as a purge of the oldest rows.
 */
@Entity
@Immutable
@Table(name = "ledger_anchor")
public class LedgerAnchor extends PanacheEntityBase {

    public static final short ID = 1;

    @Id
    public Short id;

    @Column(name = "last_purged_id", nullable = false)
    public long lastPurgedId;

    @Column(name = "last_purged_hash", nullable = false)
    public String lastPurgedHash;

    /** When the last purged row was written; null before the first purge. */
    @Column(name = "last_purged_at")
    public Instant lastPurgedAt;

    @Column(name = "purged_count", nullable = false)
    public long purgedCount;

    public static LedgerAnchor current() {
        return findById(ID);
    }

    /** The anchor, locked for the rest of the transaction, so that purges (also on other instances) take turns. */
    public static LedgerAnchor lockedForPurge() {
        return findById(ID, LockModeType.PESSIMISTIC_WRITE);
    }
}
