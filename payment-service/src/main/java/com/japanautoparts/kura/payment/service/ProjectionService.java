package com.japanautoparts.kura.payment.service;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.payment.api.ContactSnapshotDto;
import com.japanautoparts.kura.payment.api.OrderProjectionDto;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.domain.OrderEvent;

/**
 * Need-to-know projections of one order for disclosure-service, derived from the data catalogue: payment-service serves
 * per-order grants whole ({@link NeedToKnow#served}), so a purpose gets the order fields and the contact snapshot fields
 * of exactly the categories granted for it, and a purpose it serves nothing for is not served. {@code dataItems} names
 * the released categories the order really holds. The order's status and when it reached each status travel too, for the
 * broker's disclosure windows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectionService {

    private static final ContactSnapshotDto NO_SNAPSHOT = new ContactSnapshotDto(null, null, null, null);

    private final ContactSnapshots snapshots;

    public ProjectionService(ContactSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Whether payment-service serves anything for the purpose. */
    public boolean serves(DisclosurePurpose purpose) {
        return !released(purpose).isEmpty();
    }

    /**
     * The order's projection for a purpose this service serves; empty for an unknown order. One read transaction, two
     * queries: the order with its lines, then its events, read only (issue 18: the carrier pull asks this for every call).
     */
    @Transactional
    public Optional<OrderProjectionDto> project(String orderId, DisclosurePurpose purpose) {
        return CustomerOrder.findWithLinesReadOnly(orderId)
                .map(order -> project(order, snapshots.open(order).orElse(NO_SNAPSHOT), statusTimes(order), purpose));
    }

    /**
     * The fields of the released categories, nothing else; the order reference, and for the broker the customer id, the
     * status and the status times.
     */
    static OrderProjectionDto project(CustomerOrder order, ContactSnapshotDto snapshot, Map<String, Instant> statusTimes,
            DisclosurePurpose purpose) {
        Set<DataCategory> released = released(purpose);
        boolean purchase = released.contains(DataCategory.PURCHASE);
        boolean shipment = released.contains(DataCategory.SHIPMENT);
        boolean amount = released.contains(DataCategory.AMOUNT);
        boolean token = released.contains(DataCategory.CARD_TOKEN);
        return new OrderProjectionDto(order.publicId, order.customerId, order.status.key(), statusTimes,
                purchase ? order.itemsCount() : null,
                shipment ? order.carrierId : null,
                shipment ? order.trackingNumber : null,
                amount ? Money.toMajor(order.totalMinor, order.currency) : null,
                amount ? order.currency : null,
                token ? order.processorId : null,
                token ? order.paymentMethod.processorToken : null,
                snapshot.name() == null ? null
                        : snapshot.name().keeping(released.contains(DataCategory.NAME), released.contains(DataCategory.NAME_READING)),
                released.contains(DataCategory.SHIPPING_ADDRESS) ? snapshot.shippingAddress() : null,
                released.contains(DataCategory.BILLING_ADDRESS) ? snapshot.billingAddress() : null,
                released.contains(DataCategory.PHONE) ? snapshot.phone() : null,
                released.stream().filter(category -> holds(order, snapshot, category)).map(DataCategory::key).toList());
    }

    private static Set<DataCategory> released(DisclosurePurpose purpose) {
        return NeedToKnow.served(DataOwner.PAYMENT, purpose);
    }

    /** When the order first reached each status it reached (status key to time), in lifecycle order. */
    private static Map<String, Instant> statusTimes(CustomerOrder order) {
        Map<String, Instant> times = new LinkedHashMap<>();
        times.put("placed", order.placedAt);
        for (OrderEvent event : OrderEvent.listForOrder(order.id)) {
            times.putIfAbsent(event.toStatus.key(), event.occurredAt);
        }
        return Collections.unmodifiableMap(times);
    }

    /**
     * Whether the order holds data of the category: no shipment before a carrier is assigned, no token once cleared, no
     * contact data the snapshot lacks (none once pseudonymised).
     */
    private static boolean holds(CustomerOrder order, ContactSnapshotDto snapshot, DataCategory category) {
        return switch (category) {
            case PURCHASE, AMOUNT -> true;
            case SHIPMENT -> order.carrierId != null;
            case CARD_TOKEN -> order.paymentMethod.processorToken != null;
            case NAME -> snapshot.name() != null && snapshot.name().hasName();
            case NAME_READING -> snapshot.name() != null && snapshot.name().hasReading();
            case SHIPPING_ADDRESS -> snapshot.shippingAddress() != null;
            case BILLING_ADDRESS -> snapshot.billingAddress() != null;
            case PHONE -> snapshot.phone() != null;
            default -> throw new IllegalStateException(category.key() + " is not held with orders");
        };
    }
}
