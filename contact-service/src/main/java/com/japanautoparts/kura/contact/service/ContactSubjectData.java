package com.japanautoparts.kura.contact.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.subject.Erasure;
import com.japanautoparts.kura.common.subject.SubjectData;
import com.japanautoparts.kura.common.subject.SubjectExport;
import com.japanautoparts.kura.contact.domain.ContactChange;
import com.japanautoparts.kura.contact.domain.Customer;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;

/**
 * contact-service's part in data-subject requests: the export is the contact data, its change history and its access
 * log (itself a read, recorded for the caller, the gateway); the erasure is a hard delete of all three, with nothing
 * kept (no law asks contact-service to keep anything). The one erasure routine:
 * the gateway's erase hook (common's SubjectHooksResource) and the customer's own removal (ContactService) both run it,
 * each after the legal-hold check.
 */
@ApplicationScoped
@Transactional
public class ContactSubjectData implements SubjectData {

    /** The contact categories contact-service holds: what an export reads. */
    private static final List<DataCategory> HELD = List.of(DataCategory.NAME, DataCategory.NAME_READING, DataCategory.SHIPPING_ADDRESS,
            DataCategory.BILLING_ADDRESS, DataCategory.PHONE, DataCategory.EMAIL);

    /** What an erasure removes, and the recipients are told to erase: every category a recipient may have received. */
    private static final List<DataCategory> ERASED = List.of(DataCategory.NAME, DataCategory.NAME_READING,
            DataCategory.SHIPPING_ADDRESS, DataCategory.BILLING_ADDRESS, DataCategory.PHONE, DataCategory.EMAIL);

    private final ContactMapper mapper;
    private final AccessLog accessLog;
    private final Caller caller;
    private final ChangeReports changeReports;

    public ContactSubjectData(ContactMapper mapper, AccessLog accessLog, Caller caller, ChangeReports changeReports) {
        this.mapper = mapper;
        this.accessLog = accessLog;
        this.caller = caller;
        this.changeReports = changeReports;
    }

    /**
     * The read is recorded first (a full access log refuses it with 503 before anything is sent); the document (the shape
     * of {@link com.japanautoparts.kura.contact.api.SubjectExportDto}) is then written while it is read: the contact
     * data, the change history and the access log a page at a time.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubjectExport> export(String subject) {
        return Customer.findBySubject(subject).map(customer -> {
            accessLog.record(subject, AccessLog.Reader.of(caller), AccessLog.ACCESS_REQUEST, HELD);
            Long id = customer.id;
            return document -> {
                document.field("contact", Customer.findBySubject(subject).map(mapper::toDto).orElse(null));
                document.array("history", (first, max) -> letGo(mapper.history(id, first, max)));
                document.array("accessLog", (first, max) -> letGo(accessLog.page(subject, first, max)));
            };
        });
    }

    /** A page's rows, its entities detached: the persistence context holds one page at a time. */
    private static <T> List<T> letGo(List<T> rows) {
        Panache.getEntityManager().clear();
        return rows;
    }

    /**
     * Deletes the customer row, addresses, phones, emails, change history and access log: a look-up by an old email finds
     * nothing. The recipients that received any of it are told to erase it: an erasure report (whose, which categories,
     * no value) is queued for disclosure-service in this transaction (GDPR Art. 19).
     */
    @Override
    public Erasure erase(String subject) {
        // The customer first, locked: a batch of the access log being written now finishes before its rows are erased.
        Optional<Customer> held = Customer.lockBySubject(subject);
        long reads = AccessLog.erase(subject);
        return held.map(customer -> {
            long changes = ContactChange.delete("customerId", customer.id);
            customer.delete();
            changeReports.queue(subject, ChangeReports.ERASURE, ERASED);
            Log.debugf("Erased a customer's contact data, %d history entries and %d access-log entries", changes, reads);
            return Erasure.erased();
        }).orElseGet(() -> reads > 0 ? Erasure.erased() : Erasure.nothingHeld());
    }
}
