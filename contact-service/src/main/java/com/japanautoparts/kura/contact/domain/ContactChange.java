package com.japanautoparts.kura.contact.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One entry of a customer's change history: which field changed, how, when and by whom.
 * Values are never kept, so history cannot outlive the data it describes.
 */
@Entity
@Table(name = "contact_change")
public class ContactChange extends PanacheEntity {

    /** A customer's changes, oldest first. */
    private static final String FOR_CUSTOMER = "customerId = ?1 order by changedAt, id";

    @Column(name = "customer_id", nullable = false)
    public Long customerId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String field;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeKind kind;

    public static List<ContactChange> listForCustomer(Long customerId) {
        return list(FOR_CUSTOMER, customerId);
    }

    /** One page of {@link #listForCustomer}: at most {@code max} changes from the {@code first} (from 0). */
    public static List<ContactChange> pageForCustomer(Long customerId, int first, int max) {
        return find(FOR_CUSTOMER, customerId).range(first, first + max - 1).list();
    }
}
