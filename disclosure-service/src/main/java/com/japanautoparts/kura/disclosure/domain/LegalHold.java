package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;


import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A legal hold: the named subjects must not be purged or erased by any service while the hold is
 * active and has not ended. Placed by one privacy officer, released only by a different one.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends PanacheEntity {

    /** Customer ids (the token's sub), one row each in legal_hold_subject so they can be looked up. */
    @ElementCollection
    @CollectionTable(name = "legal_hold_subject", joinColumns = @JoinColumn(name = "hold_id"))
    @OrderColumn(name = "position")
    @Column(name = "customer_id", nullable = false)
    public List<String> subjects = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HoldReason reason;

    /** Shown to the customer as the reason their erasure request was partially blocked. */
    @Column(nullable = false)
    public String description;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HoldStatus status;

    @Column(name = "placed_by", nullable = false)
    public String placedBy;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "released_by")
    public String releasedBy;

    @Column(name = "released_at")
    public Instant releasedAt;

    @Version
    public long version;

    public static List<LegalHold> listNewestFirst() {
        return list("order by placedAt desc, id desc");
    }

    /** Active holds on this subject that have not ended at {@code now}, newest first. */
    public static List<LegalHold> inForceOn(String customerId, Instant now) {
        return list("select distinct h from LegalHold h join h.subjects s "
                + "where s = ?1 and h.status = ?2 and h.endsAt > ?3 order by h.id desc", customerId, HoldStatus.ACTIVE, now);
    }

    /** Whether any hold, in force or not, names the subject. */
    public static boolean anyNaming(String customerId) {
        return find("select h from LegalHold h join h.subjects s where s = ?1", customerId).firstResultOptional().isPresent();
    }

    /** Every subject under a hold in force at {@code now}, sorted. */
    public static List<String> heldSubjects(Instant now) {
        return getEntityManager().createQuery("select distinct s from LegalHold h join h.subjects s "
                + "where h.status = :status and h.endsAt > :now order by s", String.class)
                .setParameter("status", HoldStatus.ACTIVE).setParameter("now", now).getResultList();
    }
}
