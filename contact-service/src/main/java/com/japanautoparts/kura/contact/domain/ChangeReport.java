package com.japanautoparts.kura.contact.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The outbox of corrections and erasures still to be passed on: to disclosure-service, which tells the recipients of the
 * old data (GDPR Art. 19), and for a correction of what an order keeps, to payment-service, whose orders not yet shipped
 * take the corrected data. Written in the transaction that changed or erased the data, deleted once the destination has
 * taken it. It names the customer (encrypted) and the categories that changed, never a value.
 */
@Entity
@Table(name = "change_report")
public class ChangeReport extends PanacheEntity {

    /** The report's id for disclosure-service, which records each once however often it is sent. */
    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    /** The customer id, ciphertext like every identifying field here: the row outlives an erasure until it is sent. */
    @Column(nullable = false, updatable = false)
    public byte[] subject;

    /** Whom the row is for: {@code disclosure-service} or {@code payment-service}. */
    @Column(nullable = false, updatable = false)
    public String destination;

    /** {@code correction} or {@code erasure}. */
    @Column(nullable = false, updatable = false)
    public String kind;

    /** The fideslang keys of the categories corrected or erased, one per line. */
    @Column(nullable = false, updatable = false)
    public String items;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    public List<String> itemList() {
        return List.of(items.split("\n"));
    }

    public static List<ChangeReport> due(Instant now, int limit) {
        return find("nextAttemptAt <= ?1 order by id", now).page(0, limit).list();
    }
}
