package com.japanautoparts.kura.payment.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.payment.CustomerOrder;
import com.japanautoparts.kura.payment.rest.DeliveryProjectionDto;
import com.japanautoparts.kura.payment.rest.PaymentProjectionDto;

/**
 * Need-to-know projections of one order for disclosure-service. {@code dataItems} names, as
 * fideslang keys, what the projection releases, so the ledger records it without values.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectionService {

    static final String CUSTOMER_ID = "user.unique_id";
    static final String PURCHASE = "user.behavior.purchase_history";
    static final String SHIPMENT = "user.behavior.purchase_history.shipment";
    static final String CARD_TOKEN = "user.financial.credit_card.token";
    static final String AMOUNT = "user.behavior.purchase_history.amount";

    public Optional<DeliveryProjectionDto> delivery(String orderId) {
        return CustomerOrder.findByPublicId(orderId).map(order -> {
            List<String> items = new ArrayList<>(List.of(CUSTOMER_ID, PURCHASE));
            if (order.carrierId != null) {
                items.add(SHIPMENT);
            }
            return new DeliveryProjectionDto(order.publicId, order.customerId, order.itemsCount(), order.carrierId,
                    order.trackingNumber, items);
        });
    }

    public Optional<PaymentProjectionDto> payment(String orderId) {
        return CustomerOrder.findByPublicId(orderId).map(order -> {
            List<String> items = new ArrayList<>(List.of(CUSTOMER_ID));
            if (order.paymentMethod.processorToken != null) {
                items.add(CARD_TOKEN);
            }
            items.add(AMOUNT);
            return new PaymentProjectionDto(order.publicId, order.customerId, order.processorId,
                    order.paymentMethod.processorToken, Money.toMajor(order.totalMinor, order.currency), order.currency, items);
        });
    }
}
