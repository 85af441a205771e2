package com.japanautoparts.kura.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One line of an order; prices in integer minor units of the order's currency. */
@Entity
@Table(name = "order_line")
public class OrderLine extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    public CustomerOrder order;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String sku;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "unit_price_minor", nullable = false)
    public long unitPriceMinor;

    @Column(name = "line_total_minor", nullable = false)
    public long lineTotalMinor;
}
