package com.japanautoparts.kura.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One entry of a customer's ordered list of postal addresses, phone numbers or email addresses. */
@MappedSuperclass
public abstract class CustomerListEntry extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    public Customer customer;

    /** The entry's place in its list, from 0. */
    @Column(nullable = false)
    public int position;
}
