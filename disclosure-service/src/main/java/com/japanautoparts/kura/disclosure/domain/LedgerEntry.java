package com.japanautoparts.kura.disclosure;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One row of the disclosure ledger (APPI Art. 29): who received which data items about whom, when,
 * why and on what basis, or who was refused. Values are never recorded, only categories and field
 * names. Rows are append-only (a database trigger refuses UPDATE and DELETE) and hash-chained:
 * {@code hash} is SHA-256 over the row's canonical form, which includes {@code previousHash}.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    public enum Outcome {
        DISCLOSED, REFUSED
    }

    /** The row's position in the chain: 1, 2, 3, ... */
    @Id
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "recipient_id")
    public String recipientId;

    @Column(name = "recipient_name")
    public String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public RecipientKind recipientKind;

    /** The data subject (customer id); null for a bulk row. */
    public String subject;

    /** For a bulk row (business transfer): every subject whose data the row covers. */
    @Convert(converter = StringListConverter.class)
    public List<String> subjects;

    /** {@code order:<id>}, {@code case:<id>} or {@code customer:<id>}. */
    @Column(nullable = false)
    public String reference;

    @Convert(converter = StringListConverter.class)
    @Column(name = "data_items", nullable = false)
    public List<String> dataItems;

    @Column(nullable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    /** Consent id, court order number, contract reference: whatever the basis points at. */
    @Column(name = "basis_reference")
    public String basisReference;

    /** The reason a staff member stated. */
    public String reason;

    @Column(nullable = false)
    public String actor;

    /** Why an attempt was refused (no-rule, inactive-recipient, not-assigned, ...). */
    public String refusal;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    public static List<LedgerEntry> disclosedTo(String subject) {
        return list("outcome = ?1 and subject = ?2 order by id", Outcome.DISCLOSED, subject);
    }

    public static List<LedgerEntry> disclosedInBulk() {
        return list("outcome = ?1 and subject is null and subjects is not null order by id", Outcome.DISCLOSED);
    }
}
