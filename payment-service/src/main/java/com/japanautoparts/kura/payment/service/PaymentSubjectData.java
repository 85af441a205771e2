package com.japanautoparts.kura.payment.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.subject.Erasure;
import com.japanautoparts.kura.common.subject.ErasureOutcome;
import com.japanautoparts.kura.common.subject.SubjectData;
import com.japanautoparts.kura.payment.api.ContactSnapshotDto;
import com.japanautoparts.kura.payment.api.SubjectExportDto;
import com.japanautoparts.kura.payment.config.PaymentConfig;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.domain.OrderEvent;

import io.quarkus.logging.Log;

/**
 * payment-service's part in data-subject requests: the export is every order of the subject with its status history and
 * the contact data kept with it;
 * the erasure pseudonymises the orders, which tax law makes us keep. Legal holds are checked before, by kura-common's
 * hooks resource.
 */
@ApplicationScoped
@Transactional
public class PaymentSubjectData implements SubjectData {

    /** What an erasure keeps, and the law that makes us keep it. */
    public static final Erasure.Retained ORDERS_KEPT = new Erasure.Retained(
            "orders, each under its own random pseudonym and without personal data: items, amounts, dates, status history, "
                    + "card brand, payment processor and carrier",
            "Japanese tax law: books and transaction records are kept 7 years after the order closed, then deleted");

    static final String SERVICE = "payment-service";
    static final String PSEUDONYM_PREFIX = "pseudonym-";

    private final Clock clock;
    private final PaymentConfig config;
    private final ContactSnapshots snapshots;

    public PaymentSubjectData(Clock clock, PaymentConfig config, ContactSnapshots snapshots) {
        this.clock = clock;
        this.config = config;
        this.snapshots = snapshots;
    }

    /** One read transaction; the orders' events in one query, not one query (and one commit) per order (issue 18). */
    @Override
    @Transactional
    public Optional<SubjectExportDto> export(String subject) {
        List<CustomerOrder> orders = CustomerOrder.listForCustomer(subject);
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, List<OrderEvent>> events = OrderEvent.listForOrders(orders.stream().map(order -> order.id).toList());
        Map<ContactSnapshotDto, List<String>> contacts = new LinkedHashMap<>();
        List<SubjectExportDto.ExportedOrder> exported = new ArrayList<>(orders.size());
        for (CustomerOrder order : orders) {
            exported.add(new SubjectExportDto.ExportedOrder(OrderMapper.toExportDto(order),
                    events.getOrDefault(order.id, List.of()).stream().map(OrderMapper::toDto).toList()));
            snapshots.open(order).ifPresent(contact -> contacts.computeIfAbsent(contact, c -> new ArrayList<>()).add(order.publicId));
        }
        return Optional.of(new SubjectExportDto(SERVICE, subject, exported, contacts.entrySet().stream()
                .map(contact -> new SubjectExportDto.ContactAtPlacement(contact.getKey(), contact.getValue()))
                .toList()));
    }

    /**
     * Each of the subject's orders gets its own random pseudonym in place of the customer id (so the orders cannot even
     * be linked to each other); the processor token, last 4, expiry, tracking number and contact snapshot are cleared; the order is kept
     * until {@code payment.retention.orders-after-completion} after it was completed (an open order is completed by
     * its pseudonymisation: it cannot move on). Nothing is linked to the subject afterwards, so a repeated call finds
     * nothing held.
     */
    @Override
    public Erasure erase(String subject) {
        List<CustomerOrder> orders = CustomerOrder.list("customerId", subject);
        if (orders.isEmpty()) {
            return Erasure.nothingHeld();
        }
        Instant now = Instant.now(clock);
        for (CustomerOrder order : orders) {
            order.customerId = PSEUDONYM_PREFIX + UUID.randomUUID();
            order.paymentMethod.processorToken = null;
            order.paymentMethod.last4 = null;
            order.paymentMethod.expiryMonth = null;
            order.paymentMethod.expiryYear = null;
            order.trackingNumber = null;
            order.contactSnapshot = null;
            order.pseudonymisedAt = now;
            if (order.completedAt == null) {
                order.completedAt = now;
            }
            order.retainUntil = order.completedAt.atZone(ZoneOffset.UTC).plus(config.retention().ordersAfterCompletion())
                    .toInstant();
            order.updatedAt = now;
        }
        Log.debugf("Pseudonymised %d orders", orders.size());
        return Erasure.keeping(ErasureOutcome.PSEUDONYMISED, ORDERS_KEPT);
    }
}
