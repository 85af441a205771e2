package com.japanautoparts.kura.clickstream.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The random key of one UTC day. Never derived from a fixed secret: once the row is deleted,
 * the pseudonyms made with it can no longer be recomputed or linked to anything.
 */
@Entity
@Table(name = "daily_key")
public class DailyKey extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Column(name = "key_bytes", nullable = false)
    public byte[] keyBytes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
