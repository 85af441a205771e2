package com.japanautoparts.kura.contact.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * The one open verification of one of a customer's addresses: the keyed hash of the code (never the code), until when it
 * holds, how many wrong codes were tried, and how many codes were issued in the current window. Deleted when the address is verified, and with the customer.
 */
@Entity
@Table(name = "email_verification")
public class EmailVerification extends PanacheEntity {

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Column(name = "lookup_hash", nullable = false)
    public byte[] lookupHash;

    @Column(name = "code_hash", nullable = false)
    public byte[] codeHash;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(nullable = false)
    public int attempts;

    /** When the window in which codes are counted began, and how many were issued in it. */
    @Column(name = "window_started_at", nullable = false)
    public Instant windowStartedAt;

    @Column(name = "codes_issued", nullable = false)
    public int codesIssued;

    public static Optional<EmailVerification> findFor(Long customerId, byte[] lookupHash) {
        return find("customerId = ?1 and lookupHash = ?2", customerId, lookupHash).firstResultOptional();
    }
}
