package com.japanautoparts.kura.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

@Entity
@Table(name = "postal_address")
public class PostalAddress extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    public Customer customer;

    @Column(nullable = false)
    public int position;

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
