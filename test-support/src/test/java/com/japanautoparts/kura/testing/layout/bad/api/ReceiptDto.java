package com.japanautoparts.kura.testing.layout.bad.api;

import com.japanautoparts.kura.testing.layout.bad.domain.Order;

/** Breaks: a DTO built from an entity. */
public record ReceiptDto(Long id) {

    public static ReceiptDto of(Order order) {
        return new ReceiptDto(order.id);
    }
}
