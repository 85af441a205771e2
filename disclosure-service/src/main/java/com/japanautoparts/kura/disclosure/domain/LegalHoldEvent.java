package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** Append-only record of a hold being placed or released: who, when, which hold, how many subjects. */
@Entity
@Table(name = "legal_hold_event")
public class LegalHoldEvent extends PanacheEntity {

    public enum Kind {
        PLACED, RELEASED
    }

    @Column(name = "hold_id", nullable = false, updatable = false)
    public long holdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(name = "subject_count", nullable = false, updatable = false)
    public int subjectCount;

    public static List<LegalHoldEvent> forHold(long holdId) {
        return list("holdId = ?1 order by id", holdId);
    }

    /** The newest placements and releases across every hold. */
    public static List<LegalHoldEvent> newest(int limit) {
        return find("order by at desc, id desc").page(0, limit).list();
    }
}
