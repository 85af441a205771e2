package com.japanautoparts.kura.payment.service;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.payment.api.OrderProjectionDto;
import com.japanautoparts.kura.payment.domain.CustomerOrder;

/**
 * Need-to-know projections of one order for disclosure-service, derived from the data catalogue: a purpose gets the
 * order fields of exactly the payment-service categories {@link NeedToKnow} grants for it, and a purpose it grants none
 * of is not served. {@code dataItems} names the released categories the order really holds.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectionService {

    /** Whether payment-service releases anything for the purpose. */
    public boolean serves(DisclosurePurpose purpose) {
        return !released(purpose).isEmpty();
    }

    /** The order's projection for a purpose this service serves; empty for an unknown order. */
    public Optional<OrderProjectionDto> project(String orderId, DisclosurePurpose purpose) {
        return CustomerOrder.findByPublicId(orderId).map(order -> project(order, purpose));
    }

    /** The fields of the released categories, nothing else; the order reference and, for the broker, the customer id. */
    static OrderProjectionDto project(CustomerOrder order, DisclosurePurpose purpose) {
        Set<DataCategory> released = released(purpose);
        boolean purchase = released.contains(DataCategory.PURCHASE);
        boolean shipment = released.contains(DataCategory.SHIPMENT);
        boolean amount = released.contains(DataCategory.AMOUNT);
        boolean token = released.contains(DataCategory.CARD_TOKEN);
        return new OrderProjectionDto(order.publicId, order.customerId,
                purchase ? order.itemsCount() : null,
                shipment ? order.carrierId : null,
                shipment ? order.trackingNumber : null,
                amount ? Money.toMajor(order.totalMinor, order.currency) : null,
                amount ? order.currency : null,
                token ? order.processorId : null,
                token ? order.paymentMethod.processorToken : null,
                released.stream().filter(category -> holds(order, category)).map(DataCategory::key).toList());
    }

    private static Set<DataCategory> released(DisclosurePurpose purpose) {
        return NeedToKnow.projection(DataOwner.PAYMENT, purpose);
    }

    /** Whether the order holds data of the category: no shipment before a carrier is assigned, no token once cleared. */
    private static boolean holds(CustomerOrder order, DataCategory category) {
        return switch (category) {
            case PURCHASE, AMOUNT -> true;
            case SHIPMENT -> order.carrierId != null;
            case CARD_TOKEN -> order.paymentMethod.processorToken != null;
            default -> throw new IllegalStateException(category.key() + " is not held in orders");
        };
    }
}
