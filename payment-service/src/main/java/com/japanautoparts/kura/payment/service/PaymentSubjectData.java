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
import com.japanautoparts.kura.common.subject.SubjectExport;
import com.japanautoparts.kura.payment.api.ContactSnapshotDto;
import com.japanautoparts.kura.payment.api.SubjectExportDto;
import com.japanautoparts.kura.payment.config.PaymentConfig;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.domain.OrderEvent;

import io.quarkus.hibernate.orm.panache.Panache;
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

    static final String PSEUDONYM_PREFIX = "pseudonym-";

    private final Clock clock;
    private final PaymentConfig config;
    private final ContactSnapshots snapshots;

    public PaymentSubjectData(Clock clock, PaymentConfig config, ContactSnapshots snapshots) {
        this.clock = clock;
        this.config = config;
        this.snapshots = snapshots;
    }

    /**
     * The orders newest first, a page at a time (each page's lines and events in a few queries, its entities let go once
     * written), then each distinct contact snapshot once with the orders placed with it: the small map of snapshots to
     * order ids is the one thing that grows with the orders while they are written (issue 18).
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubjectExport> export(String subject) {
        if (!CustomerOrder.anyForCustomer(subject)) {
            return Optional.empty();
        }
        return Optional.of(document -> {
            Map<ContactSnapshotDto, List<String>> contacts = new LinkedHashMap<>();
            document.array("orders", (first, max) -> exportedOrders(subject, first, max, contacts));
            document.field("contactsAtPlacement", contacts.entrySet().stream()
                    .map(contact -> new SubjectExportDto.ContactAtPlacement(contact.getKey(), contact.getValue()))
                    .toList());
        });
    }

    /** One page of the subject's orders as exported; each order's snapshot, opened, joins its entry in {@code contacts}. */
    private List<SubjectExportDto.ExportedOrder> exportedOrders(String subject, int first, int max,
            Map<ContactSnapshotDto, List<String>> contacts) {
        List<CustomerOrder> orders = CustomerOrder.pageForCustomer(subject, first, max);
        Map<Long, List<OrderEvent>> events = OrderEvent.listForOrders(orders.stream().map(order -> order.id).toList());
        List<SubjectExportDto.ExportedOrder> exported = new ArrayList<>(orders.size());
        for (CustomerOrder order : orders) {
            exported.add(new SubjectExportDto.ExportedOrder(OrderMapper.toExportDto(order),
                    events.getOrDefault(order.id, List.of()).stream().map(OrderMapper::toDto).toList()));
            snapshots.open(order).ifPresent(contact -> contacts.computeIfAbsent(contact, c -> new ArrayList<>()).add(order.publicId));
        }
        Panache.getEntityManager().clear();
        return exported;
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
