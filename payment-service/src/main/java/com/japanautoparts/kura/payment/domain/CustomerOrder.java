package com.japanautoparts.kura.payment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One order. Known outside by {@link #publicId} (a random UUID), never by the sequence id.
 * Amounts are integer minor units of {@link #currency} (JPY has none: yen).
 */
@Entity
@Table(name = "orders")
public class CustomerOrder extends PanacheEntity {

    /** A customer's orders, newest first. */
    private static final String FOR_CUSTOMER = "customerId = ?1 order by placedAt desc, id desc";

    @Column(name = "public_id", nullable = false, unique = true, updatable = false)
    public String publicId;

    /** The customer's token subject; a random pseudonym once the customer has been erased. */
    @Column(name = "customer_id", nullable = false)
    public String customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrderStatus status;

    /** ISO 4217 code. */
    @Column(nullable = false)
    public String currency;

    @Column(name = "total_minor", nullable = false)
    public long totalMinor;

    /** The payment processor handling this order (a third party registered in disclosure-service). */
    @Column(name = "processor_id", nullable = false)
    public String processorId;

    @Embedded
    public PaymentMethod paymentMethod = new PaymentMethod();

    /** The carrier, assigned when the order ships. */
    @Column(name = "carrier_id")
    public String carrierId;

    @Column(name = "tracking_number")
    public String trackingNumber;

    /**
     * The contact data the order was placed with (name, shipping address, phone, billing address), for its carrier and
     * processor: AES-GCM ciphertext of a JSON document, bound to {@link #publicId}. Null once pseudonymised.
     */
    @Column(name = "contact_snapshot")
    public byte[] contactSnapshot;

    /**
     * When contact-service's data held the snapshot's values, for a snapshot a correction replaced (contact-service's
     * clock); null while the order keeps the snapshot it was placed with. A later correction never yields to an older one.
     */
    @Column(name = "contact_as_of")
    public Instant contactAsOf;

    @Column(name = "placed_at", nullable = false, updatable = false)
    public Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "pseudonymised_at")
    public Instant pseudonymisedAt;

    /**
     * When the order closed: delivered, cancelled or refunded (a refund after delivery moves it),
     * or pseudonymised (an erased order cannot move on). The retention period runs from here.
     */
    @Column(name = "completed_at")
    public Instant completedAt;

    /** Set on pseudonymisation: completion plus the retention period, the end of the legal retention for books. */
    @Column(name = "retain_until")
    public Instant retainUntil;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<OrderLine> lines = new ArrayList<>();

    public static Optional<CustomerOrder> findByPublicId(String publicId) {
        return find("publicId", publicId).firstResultOptional();
    }

    /**
     * The order with its lines in one query, read only (nothing is dirty-checked at commit): for a projection, which
     * reads one order many times a second and changes nothing.
     */
    public static Optional<CustomerOrder> findWithLinesReadOnly(String publicId) {
        return find("from CustomerOrder o left join fetch o.lines where o.publicId = ?1", publicId)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .singleResultOptional();
    }

    /** For a status change: concurrent changes of one order wait for each other. */
    public static Optional<CustomerOrder> findByPublicIdForUpdate(String publicId) {
        return find("publicId", publicId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Optional<CustomerOrder> findOwned(String publicId, String customerId) {
        return find("publicId = ?1 and customerId = ?2", publicId, customerId).firstResultOptional();
    }

    /**
     * The customer's orders a correction of their contact data reaches: those not yet shipped (placed or paid), locked, so a
     * concurrent transition waits and an order shipped meanwhile is not among them.
     */
    public static List<CustomerOrder> notYetShippedForUpdate(String customerId) {
        return find("customerId = ?1 and status in ?2 order by id", customerId, List.of(OrderStatus.PLACED, OrderStatus.PAID))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public static List<CustomerOrder> listForCustomer(String customerId) {
        return list(FOR_CUSTOMER, customerId);
    }

    /** One page of {@link #listForCustomer}: at most {@code max} orders from the {@code first} (from 0). */
    public static List<CustomerOrder> pageForCustomer(String customerId, int first, int max) {
        return find(FOR_CUSTOMER, customerId).range(first, first + max - 1).list();
    }

    public static boolean anyForCustomer(String customerId) {
        return count("customerId", customerId) > 0;
    }

    public int itemsCount() {
        return lines.stream().mapToInt(line -> line.quantity).sum();
    }
}
