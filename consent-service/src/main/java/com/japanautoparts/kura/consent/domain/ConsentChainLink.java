package com.japanautoparts.kura.consent.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import com.japanautoparts.kura.ledger.ChainHash;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One link of the consent chain: the record at this position (by id) and its hash, chained to the link before. Links are
 * never changed or deleted (they name no one: a record id and a salted hash); the record itself may go by erasure or
 * retention, with its removal recorded ({@link ConsentRecordRemoval}).
 */
@Entity
@Immutable
@Table(name = "consent_chain")
public class ConsentChainLink extends PanacheEntityBase {

    @Id
    public Long position;

    @Column(name = "record_id", nullable = false)
    public long recordId;

    @Column(name = "record_hash", nullable = false)
    public String recordHash;

    @Column(name = "previous_hash", nullable = false)
    public String previousHash;

    @Column(nullable = false)
    public String hash;

    /** SHA-256 over the canonical form of the position, the record's id, the record's hash and the previous link's hash. */
    public String computeHash() {
        return hashOf(position, recordId, recordHash, previousHash);
    }

    public static String hashOf(long position, long recordId, String recordHash, String previousHash) {
        return ChainHash.form().field(position).field(recordId).field(recordHash).field(previousHash).sha256();
    }

    /** The links after a position, in chain order. */
    public static List<ConsentChainLink> after(long position, int limit) {
        return find("position > ?1 order by position", position).page(0, limit).list();
    }

    /** The links from one position to another, both included, in chain order. */
    public static List<ConsentChainLink> between(long from, long to) {
        return list("position >= ?1 and position <= ?2 order by position", from, to);
    }

    public static Optional<ConsentChainLink> ofRecord(long recordId) {
        return find("recordId", recordId).firstResultOptional();
    }
}
