package com.japanautoparts.kura.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One of a customer's postal addresses; every part but the type and country is ciphertext. */
@Entity
@Table(name = "postal_address")
public class PostalAddress extends CustomerListEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AddressType type;

    /** ISO 3166-1 alpha-2; not personal on its own, kept in clear for delivery routing. */
    @Column(nullable = false, length = 2)
    public String country;

    @Column(name = "postal_code")
    public byte[] postalCode;

    public byte[] region;

    public byte[] locality;

    public byte[] line1;

    public byte[] line2;
}
