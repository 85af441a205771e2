package com.japanautoparts.kura.contact.domain;

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
}
