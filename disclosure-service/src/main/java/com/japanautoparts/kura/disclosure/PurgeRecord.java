package com.japanautoparts.kura.disclosure;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** The purge log: what a purge removed (category and count, never whom), when, why and by whom. Append-only. */
@Entity
@Immutable
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

    public static List<PurgeRecord> latest(int limit) {
        return find("order by purgedAt desc, id desc").page(0, limit).list();
    }

    public PurgeLogEntry toEntry() {
        return new PurgeLogEntry(category, purgedCount, cutoff, purgedAt, trigger, actor);
    }
}
