package com.japanautoparts.kura.disclosure.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.api.DisclosureDto;
import com.japanautoparts.kura.disclosure.client.ContactClient;
import com.japanautoparts.kura.disclosure.client.ContactProjection;
import com.japanautoparts.kura.disclosure.client.OrderProjection;
import com.japanautoparts.kura.disclosure.client.PaymentClient;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.Recipient;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The broker: the only way personal data leaves. For each request it identifies the recipient, finds the officer's
 * rule and the data catalogue's grant ({@link NeedToKnow}) for the recipient's kind and the purpose, checks the order
 * is assigned to the recipient, fetches from the owning services the projections the grant names, commits the ledger
 * row, and only then returns the data: never a category the grant does not name. A refusal is recorded too. No
 * database transaction is held open across the calls to other services.
 */
@ApplicationScoped
public class BrokerService {

    static final String NO_RULE = "no-rule";
    static final String INACTIVE = "inactive-recipient";
    static final String UNKNOWN_ORDER = "unknown-order";
    static final String NOT_ASSIGNED = "not-assigned";
    static final String UNKNOWN_CUSTOMER = "unknown-customer";
    static final String NO_REASON = "no-reason";

    /** What lets a recipient kind receive data for a purpose: the officer's rule, and the catalogue's grant. */
    private record Allowed(DisclosureRule rule, NeedToKnow.Grant grant) {
    }

    private final LedgerService ledger;
    private final PaymentClient payments;
    private final ContactClient contacts;

    public BrokerService(LedgerService ledger, PaymentClient payments, ContactClient contacts) {
        this.ledger = ledger;
        this.payments = payments;
        this.contacts = contacts;
    }

    /** A carrier or payment processor, identified by its OIDC client id, asks for one order's data. */
    public DisclosureDto discloseOrder(String clientId, String orderId, DisclosurePurpose purpose) {
        Recipient recipient = QuarkusTransaction.joiningExisting().call(() -> Recipient.findByClientId(clientId))
                .orElseThrow(() -> ProblemException.forbidden("This client is not a registered recipient"));
        String reference = "order:" + orderId;
        String actor = clientId;
        if (!recipient.active) {
            throw refuse(recipient, null, reference, purpose, actor, INACTIVE,
                    ProblemException.forbidden("This recipient is not active"));
        }
        Allowed allowed = allowed(recipient.kind, purpose).filter(a -> a.grant().perOrder()).orElse(null);
        if (allowed == null) {
            throw refuse(recipient, null, reference, purpose, actor, NO_RULE,
                    ProblemException.forbidden("No need-to-know rule lets this recipient receive data for this purpose"));
        }
        ProblemException noSuchOrder = ProblemException.notFound("No such order");
        OrderProjection order = upstream(() -> payments.project(orderId, purpose)).orElse(null);
        if (order == null || order.customerId() == null) {
            throw refuse(recipient, null, reference, purpose, actor, UNKNOWN_ORDER, noSuchOrder);
        }
        if (!recipient.id.equals(order.assignee(purpose))) {
            // A per-order grant covers the orders assigned to the recipient; someone else's looks exactly like a missing one.
            throw refuse(recipient, order.customerId(), reference, purpose, actor, NOT_ASSIGNED, noSuchOrder);
        }
        ContactProjection contact = allowed.grant().ownedBy(DataOwner.CONTACT).isEmpty() ? null
                : upstream(() -> contacts.project(order.customerId(), purpose)).orElse(null);
        List<String> items = released(allowed.grant(), order.dataItems(), contact == null ? null : contact.dataItems());
        DisclosureRule rule = allowed.rule();
        LedgerEntry entry = record(LedgerDraft.disclosed(recipient, order.customerId(), reference, items, purpose.key(),
                rule.legalBasis, recipient.contractReference, null, actor));
        Log.debugf("Disclosed order data to recipient %s as ledger row %d", recipient.id, entry.id);
        return new DisclosureDto(entry.id, purpose.key(), recipient.id, rule.legalBasis, items, orderData(order),
                contactData(contact, items, false));
    }

    /** A staff member asks for a customer's support data, stating why; the staff desk is the recipient. */
    public DisclosureDto discloseSupport(String staffSubject, String customerId, String reason) {
        DisclosurePurpose purpose = DisclosurePurpose.SUPPORT;
        Recipient recipient = QuarkusTransaction.joiningExisting()
                .call(() -> Recipient.listOfKind(RecipientKind.STAFF).stream().findFirst())
                .orElseThrow(() -> ProblemException.forbidden("No staff recipient is registered"));
        String reference = "customer:" + customerId;
        if (!recipient.active) {
            throw refuse(recipient, customerId, reference, purpose, staffSubject, INACTIVE,
                    ProblemException.forbidden("The staff recipient is not active"));
        }
        Allowed allowed = allowed(RecipientKind.STAFF, purpose).filter(a -> !a.grant().perOrder()).orElse(null);
        if (allowed == null) {
            throw refuse(recipient, customerId, reference, purpose, staffSubject, NO_RULE,
                    ProblemException.forbidden("No need-to-know rule lets staff receive data for this purpose"));
        }
        DisclosureRule rule = allowed.rule();
        if (rule.requiresReason && (reason == null || reason.isBlank())) {
            throw refuse(recipient, customerId, reference, purpose, staffSubject, NO_REASON,
                    ProblemException.badRequest("Field 'reason' is required"));
        }
        ContactProjection contact = upstream(() -> contacts.project(customerId, purpose)).orElse(null);
        if (contact == null) {
            throw refuse(recipient, customerId, reference, purpose, staffSubject, UNKNOWN_CUSTOMER,
                    ProblemException.notFound("No such customer"));
        }
        List<String> items = released(allowed.grant(), contact.dataItems(), null);
        LedgerEntry entry = record(LedgerDraft.disclosed(recipient, customerId, reference, items, purpose.key(),
                rule.legalBasis, null, reason, staffSubject));
        return new DisclosureDto(entry.id, purpose.key(), recipient.id, rule.legalBasis, items, null,
                contactData(contact, items, true));
    }

    /** Both the officer's rule and the catalogue's grant, or nothing. */
    private static Optional<Allowed> allowed(RecipientKind kind, DisclosurePurpose purpose) {
        return NeedToKnow.grant(kind, purpose).flatMap(grant -> QuarkusTransaction.joiningExisting()
                .call(() -> DisclosureRule.findFor(kind, purpose)).map(rule -> new Allowed(rule, grant)));
    }

    /** Commits the ledger row; if that fails nothing is released. */
    private LedgerEntry record(LedgerDraft draft) {
        try {
            return ledger.append(draft);
        } catch (RuntimeException e) {
            Log.errorf("The ledger refused a row (%s); no data released", e.getClass().getName());
            throw Unavailable.ledger();
        }
    }

    /** Records a refused attempt, then hands back the problem the caller sees. */
    private ProblemException refuse(Recipient recipient, String subject, String reference, DisclosurePurpose purpose,
            String actor, String refusal, ProblemException problem) {
        try {
            ledger.append(LedgerDraft.refused(recipient, subject, reference, purpose.key(), actor, refusal));
        } catch (RuntimeException e) {
            Log.errorf("Could not record a refused disclosure attempt (%s)", e.getClass().getName());
        }
        Log.debugf("Refused a disclosure to recipient %s: %s", recipient.id, refusal);
        return problem;
    }

    private static <T> Optional<T> upstream(Supplier<Optional<T>> call) {
        try {
            return call.get();
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            Log.warnf("An owning service did not answer (%s)", e.getClass().getName());
            throw Unavailable.owningService();
        }
    }

    /**
     * The data items released: what the owning services declared they sent, but the customer id, which stays inside.
     * An item the grant does not name means an owning service misbehaves: nothing is released.
     */
    static List<String> released(NeedToKnow.Grant grant, List<String> first, List<String> second) {
        Set<String> items = new LinkedHashSet<>();
        if (first != null) {
            items.addAll(first);
        }
        if (second != null) {
            items.addAll(second);
        }
        items.remove(DataCategory.CUSTOMER_ID.key());
        Set<String> granted = grant.categories().stream().map(DataCategory::key).collect(Collectors.toSet());
        if (!granted.containsAll(items)) {
            Log.warnf("An owning service named a data item that the %s/%s grant does not name", grant.recipient().key(),
                    grant.purpose().key());
            throw Unavailable.unexpectedAnswer();
        }
        return List.copyOf(items);
    }

    private static DisclosureDto.OrderData orderData(OrderProjection o) {
        return new DisclosureDto.OrderData(o.orderId(), o.itemsCount(), o.carrierId(), o.trackingNumber(), o.processorId(),
                o.paymentToken(), o.amount(), o.currency());
    }

    /**
     * The contact data that leaves: only the fields whose category is among the released items (the customer id for
     * staff only, who asked by it).
     */
    private static DisclosureDto.ContactData contactData(ContactProjection c, List<String> items, boolean withCustomerId) {
        if (c == null) {
            return null;
        }
        return new DisclosureDto.ContactData(withCustomerId ? c.customerId() : null,
                items.contains(DataCategory.NAME.key()) ? c.name() : null,
                items.contains(DataCategory.SHIPPING_ADDRESS.key()) ? c.shippingAddress() : null,
                items.contains(DataCategory.BILLING_ADDRESS.key()) ? c.billingAddress() : null,
                items.contains(DataCategory.PHONE.key()) ? c.phone() : null,
                items.contains(DataCategory.EMAIL.key()) ? c.email() : null);
    }
}
