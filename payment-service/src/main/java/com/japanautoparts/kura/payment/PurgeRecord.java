package com.japanautoparts.kura.payment;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** The purge log: what a purge removed (category and count, never whom), when, why and by whom. */
@Entity
@Table(name = "purge_record")
public class PurgeRecord extends PanacheEntity {

    public enum Reason {
        /** The regular schedule, with the configured retention periods. */
        SCHEDULE,
        /** An operator freeing storage. Orders are kept by law, so their period is never shortened. */
        STORAGE_PRESSURE
    }

    @Column(nullable = false)
    public String category;

    @Column(name = "purged_count", nullable = false)
    public long purgedCount;

    @Column(nullable = false)
    public Instant cutoff;

    @Column(name = "purged_at", nullable = false)
    public Instant purgedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason trigger;

    @Column(nullable = false)
    public String actor;

    public static List<PurgeRecord> latest(int limit) {
        return find("order by purgedAt desc, id desc").page(0, limit).list();
    }
}
