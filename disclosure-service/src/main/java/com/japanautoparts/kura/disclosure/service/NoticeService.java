package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.api.ChangeReportDto;
import com.japanautoparts.kura.disclosure.api.DisclosureDto;
import com.japanautoparts.kura.disclosure.api.NoticeDto;
import com.japanautoparts.kura.disclosure.api.PendingNoticeDto;
import com.japanautoparts.kura.disclosure.client.ContactClient;
import com.japanautoparts.kura.disclosure.client.ContactProjection;
import com.japanautoparts.kura.disclosure.client.OrderProjection;
import com.japanautoparts.kura.disclosure.client.PaymentClient;
import com.japanautoparts.kura.disclosure.domain.ChangeNotice;
import com.japanautoparts.kura.disclosure.domain.DisclosureGroup;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.NoticeKind;
import com.japanautoparts.kura.disclosure.domain.OrderStage;
import com.japanautoparts.kura.disclosure.domain.ReceivedChange;
import com.japanautoparts.kura.disclosure.domain.Recipient;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Corrections and erasures passed on to the recipients that received the data (GDPR Art. 19). contact-service reports
 * which categories of a customer's data were corrected or erased; for every recipient the ledger shows received any of
 * them for an order, inside the rule's disclosure window for that order, a notice is recorded (a ledger row, outcome
 * {@code NOTIFIED}, and a {@code change_notice}) naming only the changed items it received. Recipients fetch their
 * pending notices and acknowledge them (a ledger row, outcome {@code ACKNOWLEDGED}); a correction read one at a time
 * carries today's values of its items, released like any disclosure (ledger row first). Notices hold no values. No
 * transaction is open during a call to another service.
 */
@ApplicationScoped
public class NoticeService {

    static final String CORRECTION_INSTRUCTION = "The customer corrected these items of the data you received for this "
            + "order: replace what you hold with the corrected values (GET this notice), then acknowledge.";
    static final String ERASURE_INSTRUCTION = "The customer had these items of the data you received for this order "
            + "erased: erase what you hold about this order, then acknowledge.";

    /** The data one recipient received for one order and purpose, from all its ledger rows. */
    private record Received(String recipientId, String reference, String purpose, Set<String> items) {
    }

    private final LedgerService ledger;
    private final PaymentClient payments;
    private final ContactClient contacts;
    private final Clock clock;

    public NoticeService(LedgerService ledger, PaymentClient payments, ContactClient contacts, Clock clock) {
        this.ledger = ledger;
        this.payments = payments;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Records the notices a report calls for, once per report id; returns how many. */
    public int receive(ChangeReportDto report, String reporter) {
        NoticeKind kind = NoticeKind.parse(report.kind()).orElseThrow(() -> ProblemException.badRequest("Unknown kind"));
        Optional<Integer> done = QuarkusTransaction.requiringNew()
                .call(() -> ReceivedChange.<ReceivedChange> findByIdOptional(report.eventId()).map(r -> r.notices));
        if (done.isPresent()) {
            return done.get();
        }
        Set<String> changed = report.items().stream().filter(key -> DataCategory.parse(key)
                .filter(c -> c.owner() == DataOwner.CONTACT).isPresent()).collect(Collectors.toSet());
        List<Received> received = QuarkusTransaction.requiringNew().call(() -> received(report.subject()));
        List<Received> toTell = new ArrayList<>();
        for (Received r : received) {
            Set<String> items = new LinkedHashSet<>(r.items());
            items.retainAll(changed);
            if (!items.isEmpty() && holdsDataBefore(r, kind, report.changedAt())) {
                toTell.add(new Received(r.recipientId(), r.reference(), r.purpose(), items));
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> record(report, kind, toTell, reporter));
    }

    /** A recipient's pending notices, oldest first. */
    public List<NoticeDto> pending(String clientId) {
        Recipient recipient = recipient(clientId);
        return QuarkusTransaction.joiningExisting().call(() -> ChangeNotice.pendingFor(recipient.id).stream()
                .map(n -> dto(n, null, null)).toList());
    }

    /**
     * One of the recipient's notices; a correction with today's values of its items (those the rule's grant names), read
     * from contact-service and recorded in the ledger as a disclosure before they are returned.
     */
    public NoticeDto read(String clientId, long id) {
        Recipient recipient = recipient(clientId);
        ChangeNotice notice = QuarkusTransaction.joiningExisting().call(() -> ChangeNotice.ofRecipient(id, recipient.id))
                .orElseThrow(() -> ProblemException.notFound("No such notice"));
        if (notice.kind != NoticeKind.CORRECTION) {
            return dto(notice, null, null);
        }
        DisclosurePurpose purpose = DisclosurePurpose.parse(notice.purpose).orElse(null);
        Optional<DisclosureRule> rule = purpose == null ? Optional.empty()
                : QuarkusTransaction.joiningExisting().call(() -> DisclosureRule.findFor(recipient.kind, purpose));
        Set<String> granted = purpose == null ? Set.of()
                : NeedToKnow.grant(recipient.kind, purpose).map(g -> g.categories().stream().map(DataCategory::key)
                        .collect(Collectors.toSet())).orElse(Set.of());
        if (rule.isEmpty() || granted.isEmpty()) {
            return dto(notice, null, null);
        }
        ContactProjection today = BrokerService.upstream(() -> contacts.project(notice.subject, purpose, "notice:" + notice.id)).orElse(null);
        if (today == null) {
            return dto(notice, null, null);
        }
        List<String> items = notice.dataItems.stream().filter(granted::contains)
                .filter(key -> DataCategory.parse(key).map(today::has).orElse(false)).toList();
        if (items.isEmpty()) {
            return dto(notice, null, null);
        }
        DisclosureDto.ContactData values = new DisclosureDto.ContactData(null,
                today.name() == null ? null : today.name().releasedFor(items),
                items.contains(DataCategory.SHIPPING_ADDRESS.key()) ? today.shippingAddress() : null,
                items.contains(DataCategory.BILLING_ADDRESS.key()) ? today.billingAddress() : null,
                items.contains(DataCategory.PHONE.key()) ? today.phone() : null,
                items.contains(DataCategory.EMAIL.key()) ? today.email() : null);
        LedgerEntry row;
        try {
            row = ledger.append(LedgerDraft.disclosed(recipient, notice.subject, notice.reference, items, notice.purpose,
                    rule.get().legalBasis, recipient.contractReference, "correction notice " + notice.id, clientId,
                    rule.get().version));
        } catch (RuntimeException e) {
            Log.errorf("The ledger refused a row (%s); no corrected data released", e.getClass().getName());
            throw Unavailable.ledger();
        }
        return dto(notice, row.id, values);
    }

    /** The recipient acknowledges its notice (once; again is harmless), through the ledger. */
    public NoticeDto acknowledge(String clientId, long id) {
        Recipient recipient = recipient(clientId);
        return QuarkusTransaction.requiringNew().call(() -> {
            ChangeNotice notice = ChangeNotice.ofRecipient(id, recipient.id)
                    .orElseThrow(() -> ProblemException.notFound("No such notice"));
            if (notice.acknowledgedAt == null) {
                LedgerEntry row = ledger.append(LedgerDraft.acknowledged(recipient, notice.subject, notice.reference,
                        notice.dataItems, notice.purpose, notice.kind.key(), notice.id, clientId));
                notice.acknowledgedAt = row.at;
                notice.acknowledgedLedgerId = row.id;
            }
            return dto(notice, null, null);
        });
    }

    /** Every unacknowledged notice, oldest first, for the privacy officer. */
    public List<PendingNoticeDto> unacknowledged(int limit) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<String, Recipient> recipients = new LinkedHashMap<>();
            return ChangeNotice.unacknowledged(limit).stream().map(n -> {
                Recipient r = recipients.computeIfAbsent(n.recipientId, rid -> Recipient.<Recipient> findById(rid));
                return new PendingNoticeDto(n.id, n.recipientId, r == null ? null : r.name, r == null ? null : r.kind,
                        n.subject, n.reference, n.kind.key(), n.dataItems, n.notifiedAt, n.ledgerId);
            }).toList();
        });
    }

    /** The data each recipient received about the subject for an order, per the ledger (per-order grants only). */
    private static List<Received> received(String subject) {
        Map<String, Received> byOrder = new LinkedHashMap<>();
        for (DisclosureGroup g : LedgerEntry.disclosureGroupsOf(subject)) {
            if (g.recipientId() == null || g.reference() == null || !g.reference().startsWith("order:")) {
                continue;
            }
            Received r = byOrder.computeIfAbsent(g.recipientId() + "\n" + g.reference() + "\n" + g.purpose(),
                    key -> new Received(g.recipientId(), g.reference(), g.purpose(), new LinkedHashSet<>()));
            r.items().addAll(g.dataItems());
        }
        return List.copyOf(byOrder.values());
    }

    /**
     * Whether the recipient may still hold data from before the change: the order was placed before it (an order keeps
     * the contact data it was placed with, so a later order was released the changed data already) and the rule's
     * disclosure window for the order is open. An order payment-service no longer knows is still told of an erasure
     * (telling a recipient to erase costs nothing), not of a correction.
     */
    private boolean holdsDataBefore(Received r, NoticeKind kind, Instant changedAt) {
        Optional<DisclosurePurpose> purpose = DisclosurePurpose.parse(r.purpose());
        Recipient recipient = QuarkusTransaction.requiringNew().call(() -> Recipient.<Recipient> findById(r.recipientId()));
        if (purpose.isEmpty() || recipient == null) {
            return false;
        }
        Optional<DisclosureRule> rule = QuarkusTransaction.requiringNew()
                .call(() -> DisclosureRule.findFor(recipient.kind, purpose.get()));
        if (rule.isEmpty() || rule.get().window().isEmpty()) {
            return kind == NoticeKind.ERASURE;
        }
        String orderId = r.reference().substring("order:".length());
        Optional<OrderProjection> order = BrokerService.upstream(() -> payments.project(orderId, purpose.get()));
        if (order.isEmpty()) {
            return kind == NoticeKind.ERASURE;
        }
        Map<OrderStage, Instant> reached = order.get().reached();
        Instant placed = reached.get(OrderStage.PLACED);
        if (placed != null && !placed.isBefore(changedAt)) {
            return false;
        }
        return rule.get().window().get().isOpen(reached, Instant.now(clock));
    }

    private Integer record(ChangeReportDto report, NoticeKind kind, List<Received> toTell, String reporter) {
        if (ReceivedChange.findByIdOptional(report.eventId()).isPresent()) {
            return ReceivedChange.<ReceivedChange> findById(report.eventId()).notices;
        }
        List<LedgerDraft> drafts = new ArrayList<>();
        List<Recipient> recipients = new ArrayList<>();
        for (Received r : toTell) {
            Recipient recipient = Recipient.findById(r.recipientId());
            recipients.add(recipient);
            drafts.add(LedgerDraft.notified(recipient, report.subject(), r.reference(), List.copyOf(r.items()), r.purpose(),
                    kind.key(), reporter));
        }
        List<LedgerEntry> rows = drafts.isEmpty() ? List.of() : ledger.appendAll(drafts);
        for (int i = 0; i < rows.size(); i++) {
            Received r = toTell.get(i);
            ChangeNotice notice = new ChangeNotice();
            notice.recipientId = recipients.get(i).id;
            notice.subject = report.subject();
            notice.reference = r.reference();
            notice.purpose = r.purpose();
            notice.kind = kind;
            notice.dataItems = List.copyOf(r.items());
            notice.changedAt = report.changedAt();
            notice.notifiedAt = rows.get(i).at;
            notice.ledgerId = rows.get(i).id;
            notice.persist();
        }
        ReceivedChange done = new ReceivedChange();
        done.eventId = report.eventId();
        done.receivedAt = Instant.now(clock);
        done.notices = rows.size();
        done.persist();
        Log.debugf("Recorded %d %s notices", rows.size(), kind.key());
        return rows.size();
    }

    private static Recipient recipient(String clientId) {
        return QuarkusTransaction.joiningExisting().call(() -> Recipient.findByClientId(clientId))
                .orElseThrow(() -> ProblemException.forbidden("This client is not a registered recipient"));
    }

    private static NoticeDto dto(ChangeNotice n, Long disclosureId, DisclosureDto.ContactData corrected) {
        return new NoticeDto(n.id, n.kind.key(), n.orderId(), n.purpose, n.dataItems, n.changedAt, n.notifiedAt,
                n.acknowledgedAt, n.kind == NoticeKind.CORRECTION ? CORRECTION_INSTRUCTION : ERASURE_INSTRUCTION,
                disclosureId, corrected);
    }
}
