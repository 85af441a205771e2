package com.japanautoparts.kura.payment.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.payment.api.OrderDto;
import com.japanautoparts.kura.payment.api.PlaceOrderDto;
import com.japanautoparts.kura.payment.client.CheckoutView;
import com.japanautoparts.kura.payment.client.ContactClient;

/**
 * Placing an order: check and price it, read contact-service's checkout view (outside any transaction), which must have
 * a shipping address, then write the order with its contact snapshot in one transaction. A failure before the write
 * leaves nothing.
 */
@ApplicationScoped
public class CheckoutService {

    public static final String SHIPPING_ADDRESS_NEEDED = "a shipping address is needed to place an order";

    private final ContactClient contacts;
    private final OrderService orders;
    private final Clock clock;

    public CheckoutService(ContactClient contacts, OrderService orders, Clock clock) {
        this.contacts = contacts;
        this.orders = orders;
        this.clock = clock;
    }

    public OrderDto place(PlaceOrderDto request, String actor) {
        PricedOrder priced = PricedOrder.of(request, clock);
        CheckoutView view = contacts.checkout(request.customerId()).filter(CheckoutView::hasShippingAddress)
                .orElseThrow(() -> ProblemException.unprocessable(SHIPPING_ADDRESS_NEEDED));
        return orders.create(priced, ContactSnapshots.capture(view), actor);
    }
}
