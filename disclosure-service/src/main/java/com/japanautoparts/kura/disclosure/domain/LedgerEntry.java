package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.ledger.ChainHash;
import com.japanautoparts.kura.ledger.ChainLink;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One row of the disclosure ledger (APPI Art. 29): who received which data items about whom, when,
 * why and on what basis, or who was refused. Values are never recorded, only categories and field
 * names. Rows are append-only (the application's role may only insert and read them; a database trigger refuses UPDATE
 * and DELETE) and hash-chained: {@code hash} is SHA-256 over the row's canonical form (kura-ledger's {@link ChainHash}),
 * which ends with {@code previousHash}.
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase implements ChainLink {

    /** SQL: a row that disclosed data of the subject ?1, its own or a bulk row listing it (subjects joined by line breaks). */
    private static final String DISCLOSURE_OF = "outcome = 'DISCLOSED' and (subject = ?1 or (subject is null and subjects is not null"
            + " and ?1 = any (string_to_array(subjects, chr(10)))))";

    /** The row's position in the chain: 1, 2, 3, ... */
    @Id
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerOutcome outcome;

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

    /** Why an attempt was refused (no-rule, inactive-recipient, not-assigned, outside-window, rate-limited, ...). */
    public String refusal;

    /** The version of the need-to-know rule the row was released (or refused) under; null for cases and older rows. */
    @Column(name = "rule_version")
    public Integer ruleVersion;

    /** For an aggregate row of refusals: how many attempts it stands for (one row per recipient, reason and period). */
    public Integer attempts;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    /**
     * SHA-256 over the canonical form of every field, the previous row's hash last. The rule version and the attempts of
     * an aggregate refusal row come before it, both, when either is set: rows written before they existed keep their hashes.
     */
    public String computeHash() {
        ChainHash form = ChainHash.form().field(id == null ? null : id.toString()).field(at == null ? null : at.toString())
                .field(outcome == null ? null : outcome.name()).field(recipientId).field(recipientName)
                .field(recipientKind == null ? null : recipientKind.name()).field(subject).field(join(subjects)).field(reference)
                .field(join(dataItems)).field(purpose).field(legalBasis == null ? null : legalBasis.name()).field(basisReference)
                .field(reason).field(actor).field(refusal);
        if (ruleVersion != null || attempts != null) {
            form.field(ruleVersion == null ? null : ruleVersion.toString()).field(attempts == null ? null : attempts.toString());
        }
        return form.field(previousHash).sha256();
    }

    @Override
    public long position() {
        return id;
    }

    @Override
    public String previousHash() {
        return previousHash;
    }

    @Override
    public String hash() {
        return hash;
    }

    @Override
    public boolean intact() {
        return computeHash().equals(hash);
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join("\n", values);
    }

    /**
     * Every disclosure of the subject's data, its own rows and the bulk rows that list it (a case's), identical ones as
     * one group, oldest first: a few rows per order and recipient, however often a recipient pulled it.
     */
    public static List<DisclosureGroup> disclosureGroupsOf(String subject) {
        List<DisclosureGroup> groups = new ArrayList<>(groups("e.subject = :subject", "subject", subject));
        @SuppressWarnings("unchecked")
        List<Number> bulk = getEntityManager().createNativeQuery("select id from ledger_entry where " + DISCLOSURE_OF
                + " and subject is null")
                .setParameter(1, subject).getResultList();
        if (!bulk.isEmpty()) {
            groups.addAll(groups("e.id in :ids", "ids", bulk.stream().map(Number::longValue).toList()));
            groups.sort(Comparator.comparing(DisclosureGroup::firstId));
        }
        return groups;
    }

    private static List<DisclosureGroup> groups(String where, String name, Object value) {
        return getEntityManager().createQuery("select new " + DisclosureGroup.class.getName()
                + "(min(e.id), min(e.at), max(e.at), count(e), e.recipientId, e.recipientName, e.recipientKind, e.dataItems,"
                + " e.purpose, e.legalBasis, e.reference) from LedgerEntry e where e.outcome = :disclosed and " + where
                + " group by e.recipientId, e.recipientName, e.recipientKind, e.dataItems, e.purpose, e.legalBasis, e.reference"
                + " order by min(e.id)", DisclosureGroup.class)
                .setParameter("disclosed", LedgerOutcome.DISCLOSED)
                .setParameter(name, value)
                .getResultList();
    }

    /** Aggregate rows of refusals written since the instant, newest first. */
    public static List<LedgerEntry> refusalsSince(Instant since, int limit) {
        return find("outcome = ?1 and attempts is not null and at >= ?2 order by id desc", LedgerOutcome.REFUSED, since)
                .page(0, limit).list();
    }

    /** Whether the subject has had any of its data disclosed (its own rows, or bulk rows that list it). */
    public static boolean anyDisclosureOf(String subject) {
        return (Boolean) getEntityManager().createNativeQuery("select exists (select 1 from ledger_entry where " + DISCLOSURE_OF
                + ")", Boolean.class).setParameter(1, subject).getSingleResult();
    }

    /** Whether any row, a refusal or a bulk row included, names the subject. */
    public static boolean anyNaming(String subject) {
        return (Boolean) getEntityManager().createNativeQuery("select exists (select 1 from ledger_entry where subject = ?1"
                + " or (subjects is not null and ?1 = any (string_to_array(subjects, chr(10)))))", Boolean.class)
                .setParameter(1, subject).getSingleResult();
    }

    /** The next rows of the chain after a position, in chain order. */
    public static List<LedgerEntry> after(long position, int limit) {
        return find("id > ?1 order by id", position).page(0, limit).list();
    }

    /**
     * The legal minimum by the database's own clock ({@code ledger_legal_cutoff()}): rows written before this instant
     * are more than three years old, and only those may the database guard let a purge delete.
     */
    public static Instant legalCutoff() {
        return (Instant) getEntityManager().createNativeQuery("select ledger_legal_cutoff()", Instant.class).getSingleResult();
    }

    /**
     * Deletes the rows at positions after {@code anchor} up to {@code last}, the oldest of the chain, in this transaction,
     * through the owner's function {@code ledger_purge_oldest} (V1.4.1): the application's role has no DELETE on the
     * ledger. The function refuses rows of a subject under a legal hold and a moved anchor; the guard on the table lets
     * only the oldest rows, three years old by the database's clock, go, and moves the anchor with them. Returns how many
     * rows went.
     */
    public static int purgeOldest(long anchor, long last) {
        return ((Number) getEntityManager().createNativeQuery("select ledger_purge_oldest(?1, ?2)", Integer.class)
                .setParameter(1, anchor).setParameter(2, last).getSingleResult()).intValue();
    }
}
