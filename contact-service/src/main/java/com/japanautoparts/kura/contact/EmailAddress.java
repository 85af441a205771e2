package com.japanautoparts.kura.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
@Table(name = "email_address")
public class EmailAddress extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    public Customer customer;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public byte[] address;

    /** HMAC-SHA256 of the normalised address: exact look-up without decryption. */
    @Column(name = "lookup_hash", nullable = false)
    public byte[] lookupHash;
}
