package com.japanautoparts.kura.contact.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.common.legalhold.LegalHoldCheck;
import com.japanautoparts.kura.common.legalhold.SubjectHolds;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.subject.SubjectData;
import com.japanautoparts.kura.contact.api.AddressDto;
import com.japanautoparts.kura.contact.domain.AddressType;
import com.japanautoparts.kura.contact.api.ChangeDto;
import com.japanautoparts.kura.contact.api.CheckoutDto;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.domain.ContactChange;
import com.japanautoparts.kura.contact.domain.Customer;
import com.japanautoparts.kura.contact.domain.EmailAddress;

/** Customer self-service and storefront registration over the encrypted contact store. */
@ApplicationScoped
@Transactional
public class ContactService {

    public record Saved(ContactDto contact, boolean created) {
    }

    private static final ContactDto EMPTY = new ContactDto(null, null, null, null);

    private final ContactMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;
    private final LegalHoldCheck legalHolds;
    private final SubjectData subjectData;
    private final AccessLog accessLog;
    private final ChangeReports changeReports;

    public ContactService(ContactMapper mapper, ObjectMapper json, Validator validator, Clock clock, LegalHoldCheck legalHolds,
            SubjectData subjectData, AccessLog accessLog, ChangeReports changeReports) {
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
        this.legalHolds = legalHolds;
        this.subjectData = subjectData;
        this.accessLog = accessLog;
        this.changeReports = changeReports;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContactDto> find(String subject) {
        return Customer.findBySubject(subject).map(mapper::toDto);
    }

    /** Creates or replaces all of a customer's contact data. */
    public Saved replace(String subject, ContactDto contact, String actor) {
        Optional<Customer> existing = Customer.findBySubject(subject);
        Customer customer = existing.orElseGet(() -> newCustomer(subject));
        store(customer, existing.map(mapper::toDto).orElse(EMPTY), contact, actor);
        return new Saved(mapper.toDto(customer), existing.isEmpty());
    }

    /**
     * Applies an RFC 7396 JSON merge patch: members present replace, {@code null} removes, lists
     * are replaced whole. The merged result is validated like a full replacement.
     */
    public Saved patch(String subject, JsonNode mergePatch, String actor) throws JsonProcessingException {
        if (!mergePatch.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object");
        }
        Optional<Customer> existing = Customer.findBySubject(subject);
        ContactDto before = existing.map(mapper::toDto).orElse(EMPTY);
        ContactDto after = json.treeToValue(merge(json.valueToTree(before), mergePatch), ContactDto.class);
        Set<ConstraintViolation<ContactDto>> violations = validator.validate(after);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Customer customer = existing.orElseGet(() -> newCustomer(subject));
        store(customer, before, after, actor);
        return new Saved(mapper.toDto(customer), existing.isEmpty());
    }

    /** The storefront registers a new customer on their behalf; an existing profile is a conflict. */
    public ContactDto register(String subject, ContactDto contact, String actor) {
        if (Customer.findBySubject(subject).isPresent()) {
            throw ProblemException.conflict("This customer is already registered");
        }
        Customer customer = newCustomer(subject);
        store(customer, EMPTY, contact, actor);
        return mapper.toDto(customer);
    }

    /**
     * The customer's own removal: the same erasure as the gateway's data-subject request ({@link SubjectData#erase}),
     * behind the same legal-hold check. A held customer's data stays (409, with the hold's reason in the customer's
     * words); when the holds cannot be read, nothing is deleted (a 503 problem). Idempotent: nothing held, nothing to
     * ask. No transaction is open while disclosure-service is asked about holds.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void remove(String subject) {
        if (Customer.findBySubject(subject).isEmpty()) {
            return;
        }
        SubjectHolds holds = legalHolds.of(subject);
        if (holds.held()) {
            throw ProblemException.conflict("Your contact data is under a legal hold and cannot be removed yet: "
                    + holds.customerReason());
        }
        subjectData.erase(subject);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<ChangeDto>> history(String subject) {
        return Customer.findBySubject(subject).map(mapper::history);
    }

    /**
     * A checkout is activity: it restarts the customer's inactivity retention period. The read is recorded in the
     * access log (with the categories it returns) before the data leaves.
     */
    public Optional<CheckoutDto> checkout(String subject, AccessLog.Reader reader) {
        return Customer.findBySubject(subject).map(customer -> {
            customer.lastActiveAt = Instant.now(clock);
            ContactDto contact = mapper.toDto(customer);
            Optional<AddressDto> shipping = firstOfType(contact, AddressType.SHIPPING);
            CheckoutDto checkout = new CheckoutDto(subject, contact.name(), shipping.orElse(null),
                    firstOfType(contact, AddressType.BILLING).orElse(null),
                    contact.emails().isEmpty() ? null : contact.emails().get(0),
                    contact.phones().isEmpty() ? null : contact.phones().get(0),
                    shipping.isPresent());
            accessLog.record(subject, reader, AccessLog.CHECKOUT, returned(checkout));
            return checkout;
        });
    }

    /**
     * The customer who verified the address (an unverified one is nobody's yet); recorded in the access log, a look-up that
     * finds nobody too (without a customer).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> findCustomerIdByEmail(String email, AccessLog.Reader reader) {
        Optional<String> found = EmailAddress.findVerified(mapper.lookupHash(email)).map(address -> address.customer.subject);
        accessLog.record(found.orElse(null), reader, AccessLog.LOOKUP,
                found.isPresent() ? List.of(DataCategory.EMAIL, DataCategory.CUSTOMER_ID) : List.of());
        return found;
    }

    private static List<DataCategory> returned(CheckoutDto checkout) {
        List<DataCategory> items = new ArrayList<>();
        if (checkout.name() != null) {
            items.add(DataCategory.NAME);
        }
        if (checkout.shippingAddress() != null) {
            items.add(DataCategory.SHIPPING_ADDRESS);
        }
        if (checkout.billingAddress() != null) {
            items.add(DataCategory.BILLING_ADDRESS);
        }
        if (checkout.email() != null) {
            items.add(DataCategory.EMAIL);
        }
        if (checkout.phone() != null) {
            items.add(DataCategory.PHONE);
        }
        return items;
    }

    static Optional<AddressDto> firstOfType(ContactDto contact, AddressType type) {
        return contact.addresses().stream().filter(a -> a.type() == type).findFirst();
    }

    private Customer newCustomer(String subject) {
        Customer customer = new Customer();
        customer.subject = subject;
        customer.createdAt = Instant.now(clock);
        return customer;
    }

    /**
     * Stores the new contact data, with its change history; an address another customer verified is refused (409) and
     * nothing is stored. A correction of data a recipient may have received is queued for disclosure-service (GDPR Art.
     * 19), in this transaction.
     */
    private void store(Customer customer, ContactDto before, ContactDto after, String actor) {
        Instant now = Instant.now(clock);
        for (var email : after.emails()) {
            EmailVerifications.refuseIfVerifiedByAnother(mapper.lookupHash(email.address()), customer.id);
        }
        boolean existed = customer.id != null;
        mapper.apply(after, customer);
        customer.updatedAt = now;
        customer.lastActiveAt = now;
        customer.persist();
        for (ChangeDetector.FieldChange change : ChangeDetector.between(before, after)) {
            ContactChange entry = new ContactChange();
            entry.customerId = customer.id;
            entry.changedAt = now;
            entry.actor = actor;
            entry.field = change.field();
            entry.kind = change.kind();
            entry.persist();
        }
        if (existed) {
            changeReports.queue(customer.subject, ChangeReports.CORRECTION, ChangeDetector.correctedCategories(before, after));
        }
    }

    private JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : json.createObjectNode();
        patch.properties().forEach(member -> {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        });
        return result;
    }
}
