package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A correction or erasure notice for one recipient about one order it received data of (GDPR Art. 19): which of the
 * items it received changed, when, the ledger row that recorded the notice, and whether and when the recipient
 * acknowledged it. It holds identifiers and category keys only, never a value: a correction's new values are fetched from
 * contact-service when the recipient reads the notice, an erasure's say only "erase what you hold about this order".
 */
@Entity
@Table(name = "change_notice")
public class ChangeNotice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "recipient_id", nullable = false)
    public String recipientId;

    /** The customer the data is about (the ledger's subject), for the customer's report; never sent to the recipient. */
    @Column(nullable = false)
    public String subject;

    /** {@code order:<id>}: what the recipient received the data for. */
    @Column(nullable = false)
    public String reference;

    /** The purpose the data was received for (delivery, payment): the rule the notice follows. */
    @Column(nullable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    /** The changed items the recipient received (fideslang keys). */
    @Convert(converter = StringListConverter.class)
    @Column(name = "data_items", nullable = false)
    public List<String> dataItems;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "notified_at", nullable = false)
    public Instant notifiedAt;

    @Column(name = "ledger_id", nullable = false)
    public Long ledgerId;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_ledger_id")
    public Long acknowledgedLedgerId;

    public String orderId() {
        return reference.startsWith("order:") ? reference.substring("order:".length()) : null;
    }

    public static List<ChangeNotice> pendingFor(String recipientId) {
        return list("recipientId = ?1 and acknowledgedAt is null order by id", recipientId);
    }

    public static Optional<ChangeNotice> ofRecipient(long id, String recipientId) {
        return find("id = ?1 and recipientId = ?2", id, recipientId).firstResultOptional();
    }

    public static List<ChangeNotice> unacknowledged(int limit) {
        return find("acknowledgedAt is null order by notifiedAt, id").page(0, limit).list();
    }

    public static List<ChangeNotice> about(String subject) {
        return list("subject = ?1 order by id", subject);
    }
}
