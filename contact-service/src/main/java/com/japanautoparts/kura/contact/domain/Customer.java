package com.japanautoparts.kura.contact.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One customer's contact data. The customer is known by the identity provider's subject
 * ({@code sub}); every personal field is AES-GCM ciphertext (kura-common's FieldCipher).
 */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntity {

    @Column(nullable = false, unique = true, updatable = false)
    public String subject;

    @Column(name = "family_name")
    public byte[] familyName;

    @Column(name = "given_name")
    public byte[] givenName;

    /** The reading of the family name in katakana (フリガナ), ciphertext like the name. */
    @Column(name = "family_kana")
    public byte[] familyKana;

    @Column(name = "given_kana")
    public byte[] givenKana;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The last change by or for the customer, or checkout; the clock of the inactivity retention period. */
    @Column(name = "last_active_at", nullable = false)
    public Instant lastActiveAt;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PostalAddress> addresses = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PhoneNumber> phones = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<EmailAddress> emails = new ArrayList<>();

    public static Optional<Customer> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /**
     * The customer, locked for this transaction (an erasure): the access log's writer takes a share lock on the customers
     * it writes for, so a read queued before the erasure is either written first and erased with the rest, or dropped.
     */
    public static Optional<Customer> lockBySubject(String subject) {
        return find("subject", subject).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
