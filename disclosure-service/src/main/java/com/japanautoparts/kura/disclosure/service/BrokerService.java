package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.api.DisclosureDto;
import com.japanautoparts.kura.disclosure.api.Patterns;
import com.japanautoparts.kura.disclosure.client.ContactClient;
import com.japanautoparts.kura.disclosure.client.ContactProjection;
import com.japanautoparts.kura.disclosure.client.OrderProjection;
import com.japanautoparts.kura.disclosure.client.PaymentClient;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.DisclosureWindow;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.OrderStage;
import com.japanautoparts.kura.disclosure.domain.Recipient;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The broker: the only way personal data leaves. For each request it limits the caller's rate, checks the ids, identifies
 * the recipient, finds the officer's rule and the data catalogue's grant ({@link NeedToKnow}) for the recipient's kind and
 * the purpose, asks the one service that serves the grant ({@link NeedToKnow.Grant#servedBy}: payment-service for an
 * order, with the contact data the order was placed with; contact-service for a support look-up), checks the order is
 * assigned to the recipient and inside the rule's disclosure window, commits the ledger row naming the rule's version,
 * and only then returns the data: never a category the grant does not name. Refusals are counted ({@link RefusalTally})
 * and written as aggregate ledger rows, never one row per request. No database transaction is held open across the calls
 * to other services.
 */
@ApplicationScoped
public class BrokerService {

    static final String NO_RULE = "no-rule";
    static final String INACTIVE = "inactive-recipient";
    static final String UNREGISTERED = "unregistered-client";
    static final String UNKNOWN_PURPOSE = "unknown-purpose";
    static final String MALFORMED_ID = "malformed-id";
    static final String RATE_LIMITED = "rate-limited";
    static final String UNKNOWN_ORDER = "unknown-order";
    static final String NOT_ASSIGNED = "not-assigned";
    static final String OUTSIDE_WINDOW = "outside-window";
    static final String UNKNOWN_CUSTOMER = "unknown-customer";
    static final String NO_REASON = "no-reason";

    /** What a refused attempt names when its purpose is not one: no input is ever stored. */
    static final String NO_PURPOSE = "unknown";

    private static final Pattern ORDER_ID = Pattern.compile(Patterns.ORDER_ID);
    private static final Pattern CUSTOMER_ID = Pattern.compile(Patterns.IDENTIFIER);

    /** What lets a recipient kind receive data for a purpose: the officer's rule, and the catalogue's grant. */
    private record Allowed(DisclosureRule rule, NeedToKnow.Grant grant) {
    }

    private final LedgerGroupCommit ledger;
    private final RecipientDirectory directory;
    private final PaymentClient payments;
    private final ContactClient contacts;
    private final RefusalTally refusals;
    private final RateLimiter limiter;
    private final Clock clock;

    public BrokerService(LedgerGroupCommit ledger, RecipientDirectory directory, PaymentClient payments,
            ContactClient contacts, RefusalTally refusals, RateLimiter limiter, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.payments = payments;
        this.contacts = contacts;
        this.refusals = refusals;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** A carrier or payment processor, identified by its OIDC client id, asks for one order's data for a purpose. */
    public DisclosureDto discloseOrder(String clientId, String orderId, String purposeKey) {
        String actor = clientId;
        limit(actor, purposeKey);
        DisclosurePurpose purpose = DisclosurePurpose.parse(purposeKey).orElse(null);
        if (purpose == null) {
            throw refuse(null, actor, NO_PURPOSE, UNKNOWN_PURPOSE, null, null, ProblemException.notFound("No such purpose"));
        }
        if (orderId == null || !ORDER_ID.matcher(orderId).matches()) {
            throw refuse(null, actor, purpose.key(), MALFORMED_ID, null, null,
                    ProblemException.badRequest("The order id must be an order's id (a UUID, lower case)"));
        }
        Recipient recipient = directory.recipientByClientId(clientId).orElse(null);
        if (recipient == null) {
            throw refuse(null, actor, purpose.key(), UNREGISTERED, null, null,
                    ProblemException.forbidden("This client is not a registered recipient"));
        }
        if (!recipient.active) {
            throw refuse(recipient, actor, purpose.key(), INACTIVE, null, null,
                    ProblemException.forbidden("This recipient is not active"));
        }
        Allowed allowed = allowed(recipient.kind, purpose).filter(a -> a.grant().perOrder()).orElse(null);
        if (allowed == null) {
            throw refuse(recipient, actor, purpose.key(), NO_RULE, null, null,
                    ProblemException.forbidden("No need-to-know rule lets this recipient receive data for this purpose"));
        }
        DisclosureRule rule = allowed.rule();
        Integer version = rule.version;
        ProblemException noSuchOrder = ProblemException.notFound("No such order");
        OrderProjection order = upstream(() -> payments.project(orderId, purpose)).orElse(null);
        if (order == null || order.customerId() == null) {
            throw refuse(recipient, actor, purpose.key(), UNKNOWN_ORDER, null, version, noSuchOrder);
        }
        if (!recipient.id.equals(order.assignee(purpose))) {
            // A per-order grant covers the orders assigned to the recipient; someone else's looks exactly like a missing one.
            throw refuse(recipient, actor, purpose.key(), NOT_ASSIGNED, order.customerId(), version, noSuchOrder);
        }
        if (!inWindow(rule, order.reached())) {
            // Before the window opens and after it closes, the order is as unknown to the recipient as a missing one.
            throw refuse(recipient, actor, purpose.key(), OUTSIDE_WINDOW, order.customerId(), version, noSuchOrder);
        }
        List<String> items = released(allowed.grant(), order.dataItems());
        String reference = "order:" + orderId;
        LedgerEntry entry = record(LedgerDraft.disclosed(recipient, order.customerId(), reference, items, purpose.key(),
                rule.legalBasis, recipient.contractReference, null, actor, version));
        Log.debugf("Disclosed order data to recipient %s as ledger row %d", recipient.id, entry.id);
        return new DisclosureDto(entry.id, purpose.key(), recipient.id, rule.legalBasis, version, items, orderData(order),
                contactData(order, items));
    }

    /** A staff member asks for a customer's support data, stating why; the staff desk is the recipient. */
    public DisclosureDto discloseSupport(String staffSubject, String customerId, String reason) {
        DisclosurePurpose purpose = DisclosurePurpose.SUPPORT;
        limit(staffSubject, purpose.key());
        if (customerId == null || !CUSTOMER_ID.matcher(customerId).matches()) {
            throw refuse(null, staffSubject, purpose.key(), MALFORMED_ID, null, null,
                    ProblemException.badRequest("The customer id must be 1-255 letters, digits or . _ : @ -"));
        }
        Recipient recipient = QuarkusTransaction.joiningExisting()
                .call(() -> Recipient.listOfKind(RecipientKind.STAFF).stream().findFirst())
                .orElseThrow(() -> ProblemException.forbidden("No staff recipient is registered"));
        if (!recipient.active) {
            throw refuse(recipient, staffSubject, purpose.key(), INACTIVE, customerId, null,
                    ProblemException.forbidden("The staff recipient is not active"));
        }
        Allowed allowed = allowed(RecipientKind.STAFF, purpose).filter(a -> !a.grant().perOrder()).orElse(null);
        if (allowed == null) {
            throw refuse(recipient, staffSubject, purpose.key(), NO_RULE, customerId, null,
                    ProblemException.forbidden("No need-to-know rule lets staff receive data for this purpose"));
        }
        DisclosureRule rule = allowed.rule();
        if (rule.requiresReason && (reason == null || reason.isBlank())) {
            throw refuse(recipient, staffSubject, purpose.key(), NO_REASON, customerId, rule.version,
                    ProblemException.badRequest("Field 'reason' is required"));
        }
        ContactProjection contact = upstream(() -> contacts.project(customerId, purpose, "staff")).orElse(null);
        if (contact == null) {
            throw refuse(recipient, staffSubject, purpose.key(), UNKNOWN_CUSTOMER, null, rule.version,
                    ProblemException.notFound("No such customer"));
        }
        List<String> items = released(allowed.grant(), contact.dataItems());
        LedgerEntry entry = record(LedgerDraft.disclosed(recipient, customerId, "customer:" + customerId, items, purpose.key(),
                rule.legalBasis, null, reason, staffSubject, rule.version));
        return new DisclosureDto(entry.id, purpose.key(), recipient.id, rule.legalBasis, rule.version, items, null,
                new DisclosureDto.ContactData(contact.customerId(),
                        contact.name() == null ? null : contact.name().releasedFor(items), null, null, null,
                        items.contains(DataCategory.EMAIL.key()) ? contact.email() : null));
    }

    /** Both the officer's rule and the catalogue's grant, or nothing. */
    private Optional<Allowed> allowed(RecipientKind kind, DisclosurePurpose purpose) {
        return NeedToKnow.grant(kind, purpose)
                .flatMap(grant -> directory.rule(kind, purpose).map(rule -> new Allowed(rule, grant)));
    }

    /** Whether the rule's window is open for the order now; a per-order rule without a window lets nothing through. */
    private boolean inWindow(DisclosureRule rule, Map<OrderStage, Instant> reached) {
        Optional<DisclosureWindow> window = rule.window();
        return window.isPresent() && window.get().isOpen(reached, Instant.now(clock));
    }

    /** Takes one request from the actor's budget; over it, a 429 with Retry-After, counted as a refusal. */
    private void limit(String actor, String purposeKey) {
        OptionalLong wait = limiter.acquire(actor);
        if (wait.isPresent()) {
            String purpose = DisclosurePurpose.parse(purposeKey).map(DisclosurePurpose::key).orElse(NO_PURPOSE);
            throw refuse(null, actor, purpose, RATE_LIMITED, null, null, ProblemException.tooManyRequests(
                    "Too many requests from this client; try again later", wait.getAsLong()));
        }
    }

    /** Commits the ledger row (group commit with concurrent requests); if that fails nothing is released. */
    private LedgerEntry record(LedgerDraft draft) {
        try {
            return ledger.append(draft);
        } catch (RuntimeException e) {
            Log.errorf("The ledger refused a row (%s); no data released", e.getClass().getName());
            throw Unavailable.ledger();
        }
    }

    /** Counts a refused attempt (written as an aggregate ledger row), then hands back the problem the caller sees. */
    private ProblemException refuse(Recipient recipient, String actor, String purpose, String refusal, String subject,
            Integer ruleVersion, ProblemException problem) {
        refusals.count(recipient, actor, refusal, purpose, subject, ruleVersion);
        Log.debugf("Refused a disclosure to %s: %s", recipient == null ? "an unidentified client" : recipient.id, refusal);
        return problem;
    }

    /** An upstream call; an outage is a 503 with Retry-After, a problem the call raised itself stays what it is. */
    static <T> Optional<T> upstream(Supplier<Optional<T>> call) {
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
     * The data items released: what the serving service declared it sent, but the customer id, which stays inside. An
     * item the grant does not name means the serving service misbehaves: nothing is released.
     */
    static List<String> released(NeedToKnow.Grant grant, List<String> declared) {
        Set<String> items = new LinkedHashSet<>();
        if (declared != null) {
            items.addAll(declared);
        }
        items.remove(DataCategory.CUSTOMER_ID.key());
        Set<String> granted = grant.categories().stream().map(DataCategory::key).collect(Collectors.toSet());
        if (!granted.containsAll(items)) {
            Log.warnf("%s named a data item that the %s/%s grant does not name", grant.servedBy().service(),
                    grant.recipient().key(), grant.purpose().key());
            throw Unavailable.unexpectedAnswer();
        }
        return List.copyOf(items);
    }

    private static DisclosureDto.OrderData orderData(OrderProjection o) {
        return new DisclosureDto.OrderData(o.orderId(), o.itemsCount(), o.carrierId(), o.trackingNumber(), o.processorId(),
                o.paymentToken(), o.amount(), o.currency());
    }

    /** The contact data that leaves with an order: only the fields whose category is among the released items. */
    private static DisclosureDto.ContactData contactData(OrderProjection o, List<String> items) {
        DisclosureDto.ContactData contact = new DisclosureDto.ContactData(null,
                o.name() == null ? null : o.name().releasedFor(items),
                items.contains(DataCategory.SHIPPING_ADDRESS.key()) ? o.shippingAddress() : null,
                items.contains(DataCategory.BILLING_ADDRESS.key()) ? o.billingAddress() : null,
                items.contains(DataCategory.PHONE.key()) ? o.phone() : null, null);
        return contact.isEmpty() ? null : contact;
    }
}
