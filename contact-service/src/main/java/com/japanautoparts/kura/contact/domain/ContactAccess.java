package com.japanautoparts.kura.contact.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One read of a customer's contact data by someone other than the customer (the access log): when, who, on whose
 * behalf, why, which categories. Never values. Written in batches off the request path (the service's AccessLog).
 */
@Entity
@Table(name = "contact_access")
public class ContactAccess extends PanacheEntity {

    /** The customer's subject; null for a look-up that found nobody. */
    @Column(name = "customer_id")
    public String customerId;

    @Column(nullable = false)
    public Instant at;

    /** The client the reader authenticated as (the token's azp), or its subject when it names no client. */
    @Column(nullable = false)
    public String reader;

    /** For disclosure-service's reads: {@code staff} (a support look-up) or {@code case:<id>}. */
    @Column(name = "on_behalf_of")
    public String onBehalfOf;

    @Column(nullable = false)
    public String purpose;

    /** The categories read, fideslang keys joined by commas. */
    @Column(name = "data_items", nullable = false)
    public String dataItems;

    public static List<ContactAccess> newestFor(String customerId, int limit) {
        return newestFor(customerId, 0, limit);
    }

    /** Rows {@code first} to {@code first + max - 1} (from 0) of the customer's reads, newest first. */
    public static List<ContactAccess> newestFor(String customerId, int first, int max) {
        return find("customerId = ?1 order by at desc, id desc", customerId).range(first, first + max - 1).list();
    }
}
