package com.japanautoparts.kura.payment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One status change of an order: when, from what, to what, and which service account did it. */
@Entity
@Table(name = "order_event")
public class OrderEvent extends PanacheEntity {

    @Column(name = "order_id", nullable = false)
    public Long orderId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public OrderStatus toStatus;

    @Column(nullable = false)
    public String actor;

    /** One order's events, oldest first, read only (only ever read: a projection's status times). */
    public static List<OrderEvent> listForOrder(Long orderId) {
        return find("orderId = ?1 order by occurredAt, id", orderId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The events of many orders in one query, by order id, each order's in the order of {@link #listForOrder}. */
    public static Map<Long, List<OrderEvent>> listForOrders(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return OrderEvent.<OrderEvent> list("orderId in ?1 order by occurredAt, id", orderIds).stream()
                .collect(Collectors.groupingBy(event -> event.orderId));
    }
}
