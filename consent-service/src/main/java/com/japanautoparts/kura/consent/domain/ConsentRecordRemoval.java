package com.japanautoparts.kura.consent.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * That the record at a chain position was deleted, when and why ({@code ERASURE}, {@code RETENTION}). Written only by the
 * owner's functions in the same statement as the deletion; the application's role may only read it.
 */
@Entity
@Immutable
@Table(name = "consent_record_removal")
public class ConsentRecordRemoval extends PanacheEntityBase {

    @Id
    public Long position;

    @Column(name = "record_id", nullable = false)
    public long recordId;

    @Column(name = "removed_at", nullable = false)
    public Instant removedAt;

    @Column(nullable = false)
    public String reason;

    public static List<ConsentRecordRemoval> at(Collection<Long> positions) {
        return positions.isEmpty() ? List.of() : list("position in ?1", positions);
    }
}
