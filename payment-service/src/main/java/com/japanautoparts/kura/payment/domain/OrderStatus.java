package com.japanautoparts.kura.payment.domain;

import java.util.Locale;
import java.util.Set;

/**
 * An order's lifecycle: placed, then paid, shipped and delivered; or cancelled before payment,
 * or refunded once paid. Cancelled and refunded are final; so is delivered, except for a refund.
 */
public enum OrderStatus {
    PLACED,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    REFUNDED;

    /** What a storefront may do to an order; each action leads to exactly one status. */
    public enum Action {
        PAY(PAID),
        SHIP(SHIPPED),
        DELIVER(DELIVERED),
        CANCEL(CANCELLED),
        REFUND(REFUNDED);

        private final OrderStatus target;

        Action(OrderStatus target) {
            this.target = target;
        }

        public OrderStatus target() {
            return target;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The statuses an order can move to from this one. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PLACED -> Set.of(PAID, CANCELLED);
            case PAID -> Set.of(SHIPPED, REFUNDED);
            case SHIPPED -> Set.of(DELIVERED, REFUNDED);
            case DELIVERED -> Set.of(REFUNDED);
            case CANCELLED, REFUNDED -> Set.of();
        };
    }

    /** Delivered, cancelled or refunded: the order is complete and its retention period starts. */
    public boolean completes() {
        return this == DELIVERED || this == CANCELLED || this == REFUNDED;
    }

    public boolean allows(Action action) {
        return next().contains(action.target());
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
