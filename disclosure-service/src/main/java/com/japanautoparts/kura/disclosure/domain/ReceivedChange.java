package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A correction or erasure report taken from contact-service, by its id: each is turned into notices once. */
@Entity
@Table(name = "received_change")
public class ReceivedChange extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false)
    public int notices;
}
