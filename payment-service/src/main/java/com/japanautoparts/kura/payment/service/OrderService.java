package com.japanautoparts.kura.payment.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.payment.api.ContactSnapshotDto;
import com.japanautoparts.kura.payment.api.OrderDto;
import com.japanautoparts.kura.payment.api.OrderLineDto;
import com.japanautoparts.kura.payment.api.PaymentMethodDto;
import com.japanautoparts.kura.payment.api.PlaceOrderDto;
import com.japanautoparts.kura.payment.api.TransitionDto;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.domain.OrderEvent;
import com.japanautoparts.kura.payment.domain.OrderLine;
import com.japanautoparts.kura.payment.domain.OrderStatus;
import com.japanautoparts.kura.payment.service.OrderMapper.TokenView;

import io.quarkus.logging.Log;

/** Orders and their lifecycle. */
@ApplicationScoped
@Transactional
public class OrderService {

    private final Clock clock;
    private final ContactSnapshots snapshots;

    public OrderService(Clock clock, ContactSnapshots snapshots) {
        this.clock = clock;
        this.snapshots = snapshots;
    }

    /** Writes a checked, priced order with its contact snapshot and first event, all in one transaction. */
    public OrderDto create(PricedOrder priced, ContactSnapshotDto snapshot, String actor) {
        PlaceOrderDto request = priced.request();
        Instant now = Instant.now(clock);
        CustomerOrder order = new CustomerOrder();
        order.publicId = UUID.randomUUID().toString();
        order.customerId = request.customerId();
        order.status = OrderStatus.PLACED;
        order.currency = request.currency();
        order.totalMinor = priced.totalMinor();
        PaymentMethodDto method = request.paymentMethod();
        order.processorId = method.processorId();
        order.paymentMethod.processorToken = method.processorToken();
        order.paymentMethod.brand = method.brand();
        order.paymentMethod.last4 = method.last4();
        order.paymentMethod.expiryMonth = method.expiryMonth();
        order.paymentMethod.expiryYear = method.expiryYear();
        order.contactSnapshot = snapshots.seal(order.publicId, snapshot);
        order.placedAt = now;
        order.updatedAt = now;
        for (int i = 0; i < request.lines().size(); i++) {
            OrderLineDto dto = request.lines().get(i);
            OrderLine line = new OrderLine();
            line.order = order;
            line.position = i;
            line.sku = dto.sku();
            line.name = dto.name();
            line.quantity = dto.quantity();
            line.unitPriceMinor = priced.unitPricesMinor().get(i);
            line.lineTotalMinor = priced.lineTotalsMinor().get(i);
            order.lines.add(line);
        }
        order.persist();
        record(order, null, actor, now);
        Log.debugf("Placed order %s with %d lines", order.publicId, order.lines.size());
        return OrderMapper.toDto(order, TokenView.SHOWN);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrderDto> find(String orderId) {
        return CustomerOrder.findByPublicId(orderId).map(order -> OrderMapper.toDto(order, TokenView.SHOWN));
    }

    /** The customer's own order; another customer's is indistinguishable from a missing one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrderDto> findOwn(String orderId, String customerId) {
        return CustomerOrder.findOwned(orderId, customerId).map(order -> OrderMapper.toDto(order, TokenView.HIDDEN));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderDto> listOwn(String customerId) {
        return CustomerOrder.listForCustomer(customerId).stream().map(order -> OrderMapper.toDto(order, TokenView.HIDDEN)).toList();
    }

    /**
     * Moves an order on; carrier and tracking number come with {@code ship} only. An illegal move is a 409 naming both
     * statuses, and changes nothing.
     */
    public Optional<OrderDto> transition(String orderId, TransitionDto transition, String actor) {
        OrderStatus.Action action = OrderStatus.Action.valueOf(transition.action().toUpperCase(Locale.ROOT));
        boolean shipping = action == OrderStatus.Action.SHIP;
        if (shipping && (transition.carrierId() == null || transition.trackingNumber() == null)) {
            throw ProblemException.badRequest("Shipping needs carrierId and trackingNumber");
        }
        if (!shipping && (transition.carrierId() != null || transition.trackingNumber() != null)) {
            throw ProblemException.badRequest("carrierId and trackingNumber are only for the ship action");
        }
        return CustomerOrder.findByPublicIdForUpdate(orderId).map(order -> {
            OrderStatus from = order.status;
            if (order.pseudonymisedAt != null) {
                throw ProblemException.conflict("This order was pseudonymised and is kept for the books only");
            }
            if (!from.allows(action)) {
                throw ProblemException.conflict("An order that is %s cannot %s (allowed: %s)".formatted(from.key(),
                        action.key(), from.next().isEmpty() ? "nothing, the order is closed"
                                : String.join(", ", from.next().stream().map(OrderStatus::key).sorted().toList())));
            }
            Instant now = Instant.now(clock);
            order.status = action.target();
            order.updatedAt = now;
            if (order.status.completes()) {
                order.completedAt = now;
            }
            if (shipping) {
                order.carrierId = transition.carrierId();
                order.trackingNumber = transition.trackingNumber();
            }
            record(order, from, actor, now);
            return OrderMapper.toDto(order, TokenView.SHOWN);
        });
    }

    private static void record(CustomerOrder order, OrderStatus from, String actor, Instant at) {
        OrderEvent event = new OrderEvent();
        event.orderId = order.id;
        event.occurredAt = at;
        event.fromStatus = from;
        event.toStatus = order.status;
        event.actor = actor;
        event.persist();
    }
}
