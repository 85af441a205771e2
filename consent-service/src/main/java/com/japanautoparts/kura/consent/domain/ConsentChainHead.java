package com.japanautoparts.kura.consent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The one row holding the last position and hash of the consent chain; appends lock it. The database lets it move only
 * forward, to a link that exists. {@code unchainedUntil}: records with an id up to it predate the chain and are chained at
 * start-up.
 */
@Entity
@Table(name = "consent_chain_head")
public class ConsentChainHead extends PanacheEntityBase {

    public static final short ID = 1;

    @Id
    public Short id;

    @Column(name = "last_position", nullable = false)
    public long lastPosition;

    @Column(name = "last_hash", nullable = false)
    public String lastHash;

    @Column(name = "unchained_until", nullable = false, updatable = false)
    public long unchainedUntil;

    public static ConsentChainHead current() {
        return require(findById(ID));
    }

    /** The head, locked for the rest of the transaction: appends (also on other instances) take turns. */
    public static ConsentChainHead locked() {
        return require(findById(ID, LockModeType.PESSIMISTIC_WRITE));
    }

    private static ConsentChainHead require(ConsentChainHead head) {
        if (head == null) {
            throw new IllegalStateException("The consent chain head is missing");
        }
        return head;
    }
}
