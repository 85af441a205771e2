package com.japanautoparts.kura.contact.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of a customer's email addresses: ciphertext, and a keyed hash for exact look-up. */
@Entity
@Table(name = "email_address")
public class EmailAddress extends CustomerListEntry {

    @Column(nullable = false)
    public byte[] address;

    /** HMAC-SHA256 of the normalised address: exact look-up without decryption. */
    @Column(name = "lookup_hash", nullable = false)
    public byte[] lookupHash;

    /**
     * When the customer proved the address with a one-time code; null while unverified. Only verified addresses are
     * found by look-up, and a verified address belongs to one customer (a unique index on the hash of verified ones).
     */
    @Column(name = "verified_at")
    public Instant verifiedAt;

    /** The verified address with this hash, whoever holds it. */
    public static Optional<EmailAddress> findVerified(byte[] lookupHash) {
        return find("lookupHash = ?1 and verifiedAt is not null", (Object) lookupHash).firstResultOptional();
    }
}
