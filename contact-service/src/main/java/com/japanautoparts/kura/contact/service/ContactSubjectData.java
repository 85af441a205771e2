package com.japanautoparts.kura.contact.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.common.subject.Erasure;
import com.japanautoparts.kura.common.subject.SubjectData;
import com.japanautoparts.kura.contact.api.SubjectExportDto;
import com.japanautoparts.kura.contact.domain.ContactChange;
import com.japanautoparts.kura.contact.domain.Customer;

import io.quarkus.logging.Log;

/**
 * contact-service's part in data-subject requests: the export is the contact data and its change history; the erasure
 * is a hard delete of both, with nothing kept (no law asks contact-service to keep anything). The one erasure routine:
 * the gateway's erase hook (common's SubjectHooksResource) and the customer's own removal (ContactService) both run it,
 * each after the legal-hold check.
 */
@ApplicationScoped
@Transactional
public class ContactSubjectData implements SubjectData {

    private final ContactMapper mapper;

    public ContactSubjectData(ContactMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubjectExportDto> export(String subject) {
        return Customer.findBySubject(subject).map(customer -> new SubjectExportDto(DataOwner.CONTACT.service(), subject,
                mapper.toDto(customer), mapper.history(customer)));
    }

    /** Deletes the customer row, addresses, phones, emails and change history: a look-up by an old email finds nothing. */
    @Override
    public Erasure erase(String subject) {
        return Customer.findBySubject(subject).map(customer -> {
            long changes = ContactChange.delete("customerId", customer.id);
            customer.delete();
            Log.debugf("Erased a customer's contact data and %d history entries", changes);
            return Erasure.erased();
        }).orElseGet(Erasure::nothingHeld);
    }
}
