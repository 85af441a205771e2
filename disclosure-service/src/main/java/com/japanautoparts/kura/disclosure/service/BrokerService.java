package com.japanautoparts.kura.disclosure.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.DisclosureRule;
import com.japanautoparts.kura.disclosure.LedgerEntry;
import com.japanautoparts.kura.disclosure.Purpose;
import com.japanautoparts.kura.disclosure.Recipient;
import com.japanautoparts.kura.disclosure.RecipientKind;
import com.japanautoparts.kura.disclosure.client.ContactClient;
import com.japanautoparts.kura.disclosure.client.ContactProjection;
import com.japanautoparts.kura.disclosure.client.OrderProjection;
import com.japanautoparts.kura.disclosure.client.PaymentClient;
import com.japanautoparts.kura.disclosure.rest.DisclosureDto;
import com.japanautoparts.kura.disclosure.rest.Patterns;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The broker: the only way personal data leaves. For each request it identifies the recipient,
 * finds the need-to-know rule, checks the order is assigned to the recipient, fetches the minimal
 * projections from the owning services, commits the ledger row, and only then returns the data.
 * A refusal is recorded too. No database transaction is held open across the calls to other services.
 */
@ApplicationScoped
public class BrokerService {

    private static final Pattern DATA_ITEM = Pattern.compile(Patterns.DATA_ITEM);

    /** The fideslang key of the customer id, which recipients of order data do not receive. */
    static final String CUSTOMER_ID = "user.unique_id";

    static final String NO_RULE = "no-rule";
    static final String INACTIVE = "inactive-recipient";
    static final String UNKNOWN_ORDER = "unknown-order";
    static final String NOT_ASSIGNED = "not-assigned";
    static final String UNKNOWN_CUSTOMER = "unknown-customer";
    static final String NO_REASON = "no-reason";

    private final LedgerService ledger;
    private final PaymentClient payments;
    private final ContactClient contacts;

    public BrokerService(LedgerService ledger, PaymentClient payments, ContactClient contacts) {
        this.ledger = ledger;
        this.payments = payments;
        this.contacts = contacts;
    }

    /** A carrier or payment processor, identified by its OIDC client id, asks for one order's data. */
    public DisclosureDto discloseOrder(String clientId, String orderId, Purpose purpose) {
        Recipient recipient = QuarkusTransaction.joiningExisting().call(() -> Recipient.findByClientId(clientId))
                .orElseThrow(() -> Problems.forbidden("This client is not a registered recipient"));
        String reference = "order:" + orderId;
        String actor = clientId;
        if (!recipient.active) {
            throw refuse(recipient, null, reference, purpose, actor, INACTIVE, Problems.forbidden("This recipient is not active"));
        }
        DisclosureRule rule = ruleFor(recipient.kind, purpose).filter(r -> r.orderProjection != null).orElse(null);
        if (rule == null) {
            throw refuse(recipient, null, reference, purpose, actor, NO_RULE,
                    Problems.forbidden("No need-to-know rule lets this recipient receive data for this purpose"));
        }
        ProblemException noSuchOrder = ProblemException.notFound("No such order");
        OrderProjection order = upstream(() -> payments.project(orderId, rule.orderProjection)).orElse(null);
        if (order == null || order.customerId() == null) {
            throw refuse(recipient, null, reference, purpose, actor, UNKNOWN_ORDER, noSuchOrder);
        }
        if (rule.requiresAssignment && !recipient.id.equals(order.assignee(rule.orderProjection))) {
            // Someone else's order looks exactly like a missing one.
            throw refuse(recipient, order.customerId(), reference, purpose, actor, NOT_ASSIGNED, noSuchOrder);
        }
        ContactProjection contact = rule.contactProjection == null ? null
                : upstream(() -> contacts.project(order.customerId(), rule.contactProjection)).orElse(null);
        // The customer id stays inside, so it is not among the items that leave.
        List<String> orderItems = order.dataItems() == null ? null
                : order.dataItems().stream().filter(item -> !CUSTOMER_ID.equals(item)).toList();
        List<String> items = union(orderItems, contact == null ? null : contact.dataItems());
        LedgerEntry entry = record(LedgerDraft.disclosed(recipient, order.customerId(), reference, items, purpose.key(),
                rule.legalBasis, recipient.contractReference, null, actor));
        Log.debugf("Disclosed order data to recipient %s as ledger row %d", recipient.id, entry.id);
        return new DisclosureDto(entry.id, purpose.key(), recipient.id, rule.legalBasis, items,
                DisclosureDto.OrderData.of(order), DisclosureDto.ContactData.of(contact, false));
    }

    /** A staff member asks for a customer's support data, stating why; the staff desk is the recipient. */
    public DisclosureDto discloseSupport(String staffSubject, String customerId, String reason) {
        Purpose purpose = Purpose.SUPPORT;
        Recipient recipient = QuarkusTransaction.joiningExisting()
                .call(() -> Recipient.listOfKind(RecipientKind.STAFF).stream().findFirst())
                .orElseThrow(() -> Problems.forbidden("No staff recipient is registered"));
        String reference = "customer:" + customerId;
        if (!recipient.active) {
            throw refuse(recipient, customerId, reference, purpose, staffSubject, INACTIVE,
                    Problems.forbidden("The staff recipient is not active"));
        }
        DisclosureRule rule = ruleFor(RecipientKind.STAFF, purpose).filter(r -> r.contactProjection != null).orElse(null);
        if (rule == null) {
            throw refuse(recipient, customerId, reference, purpose, staffSubject, NO_RULE,
                    Problems.forbidden("No need-to-know rule lets staff receive data for this purpose"));
        }
        if (rule.requiresReason && (reason == null || reason.isBlank())) {
            throw refuse(recipient, customerId, reference, purpose, staffSubject, NO_REASON,
                    ProblemException.badRequest("Field 'reason' is required"));
        }
        ContactProjection contact = upstream(() -> contacts.project(customerId, rule.contactProjection)).orElse(null);
        if (contact == null) {
            throw refuse(recipient, customerId, reference, purpose, staffSubject, UNKNOWN_CUSTOMER,
                    ProblemException.notFound("No such customer"));
        }
        List<String> items = union(contact.dataItems(), null);
        LedgerEntry entry = record(LedgerDraft.disclosed(recipient, customerId, reference, items, purpose.key(),
                rule.legalBasis, null, reason, staffSubject));
        return new DisclosureDto(entry.id, purpose.key(), recipient.id, rule.legalBasis, items, null,
                DisclosureDto.ContactData.of(contact, true));
    }

    private static Optional<DisclosureRule> ruleFor(RecipientKind kind, Purpose purpose) {
        return QuarkusTransaction.joiningExisting().call(() -> DisclosureRule.findFor(kind, purpose));
    }

    /** Commits the ledger row; if that fails nothing is released. */
    private LedgerEntry record(LedgerDraft draft) {
        try {
            return ledger.append(draft);
        } catch (RuntimeException e) {
            Log.errorf("The ledger refused a row (%s); no data released", e.getClass().getName());
            throw ProblemException.dependencyUnavailable("The disclosure could not be recorded, so no data was released",
                    Problems.RETRY_AFTER_SECONDS);
        }
    }

    /** Records a refused attempt, then hands back the problem the caller sees. */
    private ProblemException refuse(Recipient recipient, String subject, String reference, Purpose purpose, String actor,
            String refusal, ProblemException problem) {
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
            throw ProblemException.dependencyUnavailable("A service holding the data is unavailable; try again later",
                    Problems.RETRY_AFTER_SECONDS);
        }
    }

    /** The data items released; an item that is not a plain category key means the owning service misbehaves. */
    static List<String> union(List<String> first, List<String> second) {
        Set<String> items = new LinkedHashSet<>();
        if (first != null) {
            items.addAll(first);
        }
        if (second != null) {
            items.addAll(second);
        }
        if (items.stream().anyMatch(item -> item == null || !DATA_ITEM.matcher(item).matches())) {
            Log.warn("An owning service named a data item that is not a category key");
            throw ProblemException.dependencyUnavailable("A service holding the data answered unexpectedly",
                    Problems.RETRY_AFTER_SECONDS);
        }
        return List.copyOf(items);
    }
}
