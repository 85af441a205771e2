package com.japanautoparts.kura.contact.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.client.ChangeReportBody;
import com.japanautoparts.kura.contact.client.DisclosureNotices;
import com.japanautoparts.kura.contact.client.OrderContactBody;
import com.japanautoparts.kura.contact.client.OrderContacts;
import com.japanautoparts.kura.contact.config.ContactConfig;
import com.japanautoparts.kura.contact.domain.AddressType;
import com.japanautoparts.kura.contact.domain.ChangeReport;
import com.japanautoparts.kura.contact.domain.Customer;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Corrections and erasures passed on (GDPR Art. 19): each is written to the outbox ({@code change_report}) in the
 * transaction that changed the data, then sent to disclosure-service, which records a notice for every recipient that
 * received the changed categories. A correction of what an order keeps for its carrier and processor (the catalogue's
 * {@link NeedToKnow#snapshot()}) gets a second row, for payment-service: when it is sent, today's values of those
 * categories go to payment-service, whose orders not yet shipped take them (APPI Art. 34). A row is deleted only once its
 * destination has taken it; a failed send is tried again with a growing wait, so nothing is lost while either is down. No
 * transaction is open during a call.
 */
@ApplicationScoped
public class ChangeReports {

    public static final String CORRECTION = "correction";
    public static final String ERASURE = "erasure";

    /** Destinations: the notices to recipients, and the contact snapshot of the orders not yet shipped. */
    public static final String TO_DISCLOSURE = "disclosure-service";
    public static final String TO_ORDERS = "payment-service";

    /** The client the corrected data goes to, as the access log names readers. */
    private static final AccessLog.Reader ORDERS = new AccessLog.Reader("payment-service", null);

    /** The column the customer id is encrypted for. */
    private static final String SUBJECT = "change_report.subject";

    private final DisclosureNotices notices;
    private final ContactConfig.ChangeReports config;
    private final Clock clock;

    private final ContactMapper mapper;
    private final OrderContacts orders;
    private final AccessLog accessLog;

    public ChangeReports(DisclosureNotices notices, OrderContacts orders, ContactConfig config, Clock clock, ContactMapper mapper,
            AccessLog accessLog) {
        this.mapper = mapper;
        this.notices = notices;
        this.orders = orders;
        this.accessLog = accessLog;
        this.config = config.changeReports();
        this.clock = clock;
    }

    /**
     * Queues a report in the caller's transaction, and for a correction of what an order keeps, its passing on to
     * payment-service; nothing for no categories.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void queue(String subject, String kind, Collection<DataCategory> categories) {
        queue(subject, kind, TO_DISCLOSURE, categories);
        if (CORRECTION.equals(kind)) {
            queue(subject, kind, TO_ORDERS, categories.stream().filter(NeedToKnow.snapshot()::contains).toList());
        }
    }

    private void queue(String subject, String kind, String destination, Collection<DataCategory> categories) {
        if (categories.isEmpty()) {
            return;
        }
        ChangeReport report = new ChangeReport();
        report.eventId = UUID.randomUUID().toString();
        report.subject = mapper.seal(SUBJECT, subject);
        report.destination = destination;
        report.kind = kind;
        report.items = String.join("\n", categories.stream().map(DataCategory::key).toList());
        report.changedAt = Instant.now(clock);
        report.nextAttemptAt = report.changedAt;
        report.persist();
    }

    @Scheduled(every = "${contact.change-reports.send-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "change-reports")
    void scheduled() {
        sendDue();
    }

    /** Sends the rows that are due; returns how many their destination took (or needed no more: the customer is gone). */
    public int sendDue() {
        List<ChangeReport> due = QuarkusTransaction.requiringNew()
                .call(() -> ChangeReport.due(Instant.now(clock), config.batchSize()));
        int sent = 0;
        for (ChangeReport report : due) {
            try {
                String subject = mapper.open(SUBJECT, report.subject);
                if (TO_ORDERS.equals(report.destination)) {
                    passOnToOrders(subject);
                } else {
                    notices.report(new ChangeReportBody(report.eventId, subject, report.kind, report.itemList(), report.changedAt));
                }
                QuarkusTransaction.requiringNew().run(() -> ChangeReport.deleteById(report.id));
                sent++;
            } catch (RuntimeException e) {
                Log.warnf("%s did not take change report %d (%s); it stays queued", report.destination, report.id,
                        e.getClass().getSimpleName());
                QuarkusTransaction.requiringNew().run(() -> postpone(report.id));
            }
        }
        return sent;
    }

    /** How many rows wait (for the officer and the tests). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long queued() {
        return ChangeReport.count();
    }

    /** How many rows wait for one destination. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long queued(String destination) {
        return ChangeReport.count("destination", destination);
    }

    /**
     * Today's values of what an order keeps go to payment-service, recorded in the access log first like every read by
     * another service. A customer erased meanwhile has nothing to pass on (their orders are pseudonymised by the erasure).
     */
    private void passOnToOrders(String subject) {
        Optional<OrderContactBody> contact = QuarkusTransaction.requiringNew().call(() -> orderContact(subject));
        if (contact.isEmpty()) {
            return;
        }
        accessLog.record(subject, ORDERS, AccessLog.CORRECTION, carried(contact.get()));
        orders.correct(subject, contact.get());
    }

    /** The customer's contact data of the catalogue's snapshot categories, as the checkout view picks them. */
    private Optional<OrderContactBody> orderContact(String subject) {
        Set<DataCategory> kept = NeedToKnow.snapshot();
        return Customer.findBySubject(subject).map(customer -> {
            ContactDto contact = mapper.toDto(customer);
            NameDto name = contact.name();
            NameDto keptName = name == null ? null
                    : new NameDto(kept.contains(DataCategory.NAME) ? name.family() : null,
                            kept.contains(DataCategory.NAME) ? name.given() : null,
                            kept.contains(DataCategory.NAME_READING) ? name.familyKana() : null,
                            kept.contains(DataCategory.NAME_READING) ? name.givenKana() : null);
            return new OrderContactBody(customer.updatedAt, keptName,
                    kept.contains(DataCategory.SHIPPING_ADDRESS) ? ContactService.firstOfType(contact, AddressType.SHIPPING).orElse(null) : null,
                    kept.contains(DataCategory.BILLING_ADDRESS) ? ContactService.firstOfType(contact, AddressType.BILLING).orElse(null) : null,
                    kept.contains(DataCategory.PHONE) && !contact.phones().isEmpty() ? contact.phones().get(0) : null);
        });
    }

    private static List<DataCategory> carried(OrderContactBody contact) {
        List<DataCategory> items = new ArrayList<>();
        if (contact.name() != null && (contact.name().family() != null || contact.name().given() != null)) {
            items.add(DataCategory.NAME);
        }
        if (contact.name() != null && (contact.name().familyKana() != null || contact.name().givenKana() != null)) {
            items.add(DataCategory.NAME_READING);
        }
        if (contact.shippingAddress() != null) {
            items.add(DataCategory.SHIPPING_ADDRESS);
        }
        if (contact.billingAddress() != null) {
            items.add(DataCategory.BILLING_ADDRESS);
        }
        if (contact.phone() != null) {
            items.add(DataCategory.PHONE);
        }
        return items;
    }

    private void postpone(Long id) {
        ChangeReport report = ChangeReport.findById(id);
        if (report == null) {
            return;
        }
        report.attempts++;
        Duration wait = config.backoff().multipliedBy(1L << Math.min(report.attempts - 1, 16));
        report.nextAttemptAt = Instant.now(clock).plus(wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait);
    }
}
