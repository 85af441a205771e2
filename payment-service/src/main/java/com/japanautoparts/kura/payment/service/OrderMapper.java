package com.japanautoparts.kura.payment.service;

import com.japanautoparts.kura.payment.api.LineDto;
import com.japanautoparts.kura.payment.api.OrderDto;
import com.japanautoparts.kura.payment.api.OrderEventDto;
import com.japanautoparts.kura.payment.api.PaymentMethodDto;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.domain.OrderEvent;
import com.japanautoparts.kura.payment.domain.PaymentMethod;

/** Entities to API records. Whether the processor token is shown is the caller's decision. */
final class OrderMapper {

    enum TokenView {
        SHOWN, HIDDEN
    }

    private OrderMapper() {
    }

    static OrderDto toDto(CustomerOrder order, TokenView tokenView) {
        return toDto(order, tokenView, order.customerId, order.processorId);
    }

    /**
     * An order in its customer's export: no token, and neither the customer id (the export names it once) nor the
     * processor a second time in the payment method.
     */
    static OrderDto toExportDto(CustomerOrder order) {
        return toDto(order, TokenView.HIDDEN, null, null);
    }

    private static OrderDto toDto(CustomerOrder order, TokenView tokenView, String customerId, String methodProcessorId) {
        PaymentMethod method = order.paymentMethod;
        PaymentMethodDto payment = new PaymentMethodDto(tokenView == TokenView.SHOWN ? method.processorToken : null,
                method.brand, method.last4, method.expiryMonth, method.expiryYear, methodProcessorId);
        return new OrderDto(order.publicId, customerId, order.status.key(), order.currency,
                order.lines.stream().map(line -> new LineDto(line.sku, line.name, line.quantity,
                        Money.toMajor(line.unitPriceMinor, order.currency), Money.toMajor(line.lineTotalMinor, order.currency)))
                        .toList(),
                Money.toMajor(order.totalMinor, order.currency), order.itemsCount(), order.processorId, payment,
                order.carrierId, order.trackingNumber, order.placedAt, order.updatedAt);
    }

    static OrderEventDto toDto(OrderEvent event) {
        return new OrderEventDto(event.occurredAt, event.fromStatus == null ? null : event.fromStatus.key(),
                event.toStatus.key(), event.actor);
    }
}
