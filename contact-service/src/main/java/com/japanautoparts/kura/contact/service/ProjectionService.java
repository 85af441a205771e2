package com.japanautoparts.kura.contact.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.contact.AddressType;
import com.japanautoparts.kura.contact.Customer;
import com.japanautoparts.kura.contact.Purpose;
import com.japanautoparts.kura.contact.rest.AddressDto;
import com.japanautoparts.kura.contact.rest.ContactDto;
import com.japanautoparts.kura.contact.rest.EmailDto;
import com.japanautoparts.kura.contact.rest.NameDto;
import com.japanautoparts.kura.contact.rest.PhoneDto;
import com.japanautoparts.kura.contact.rest.ProjectionDto;

/** Need-to-know projections: for each purpose, only the fields that purpose needs. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectionService {

    static final String NAME = "user.name";
    static final String ADDRESS = "user.contact.address";
    static final String PHONE = "user.contact.phone_number";
    static final String EMAIL = "user.contact.email";

    private final ContactMapper mapper;

    public ProjectionService(ContactMapper mapper) {
        this.mapper = mapper;
    }

    public Optional<ProjectionDto> project(String subject, Purpose purpose) {
        return Customer.findBySubject(subject).map(mapper::toDto).map(contact -> project(subject, contact, purpose));
    }

    private static ProjectionDto project(String subject, ContactDto contact, Purpose purpose) {
        NameDto name = contact.name();
        List<String> items = new ArrayList<>();
        if (name != null) {
            items.add(NAME);
        }
        return switch (purpose) {
            case DELIVERY -> {
                AddressDto shipping = ContactService.firstOfType(contact, AddressType.SHIPPING).orElse(null);
                PhoneDto phone = contact.phones().isEmpty() ? null : contact.phones().get(0);
                addIf(items, shipping != null, ADDRESS + ".shipping");
                addIf(items, phone != null, PHONE);
                yield new ProjectionDto(subject, purpose.key(), items, name, shipping, null, phone, null);
            }
            case PAYMENT -> {
                AddressDto billing = ContactService.firstOfType(contact, AddressType.BILLING).orElse(null);
                addIf(items, billing != null, ADDRESS + ".billing");
                yield new ProjectionDto(subject, purpose.key(), items, name, null, billing, null, null);
            }
            case SUPPORT -> {
                EmailDto email = contact.emails().isEmpty() ? null : contact.emails().get(0);
                addIf(items, email != null, EMAIL);
                yield new ProjectionDto(subject, purpose.key(), items, name, null, null, null, email);
            }
        };
    }

    private static void addIf(List<String> items, boolean present, String item) {
        if (present) {
            items.add(item);
        }
    }
}
