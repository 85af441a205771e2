package com.japanautoparts.kura.consent;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** The purge log: what a purge removed (category and count, never whom), when, why and by whom. */
@Entity
@Table(name = "purge_record")
public class PurgeRecord extends PanacheEntity {

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
    public PurgeTrigger trigger;

    @Column(nullable = false)
    public String actor;

    /** The newest entries of the log, newest first, as the privacy officer reads them. */
    public static List<PurgeLogEntry> latest(int limit) {
        return PurgeRecord.<PurgeRecord>find("order by purgedAt desc, id desc").page(0, limit).list().stream()
                .map(r -> new PurgeLogEntry(r.category, r.purgedCount, r.cutoff, r.purgedAt, r.trigger, r.actor))
                .toList();
    }
}
