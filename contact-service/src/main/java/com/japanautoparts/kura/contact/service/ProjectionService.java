package com.japanautoparts.kura.contact.service;

import static com.japanautoparts.kura.catalogue.DataCategory.BILLING_ADDRESS;
import static com.japanautoparts.kura.catalogue.DataCategory.EMAIL;
import static com.japanautoparts.kura.catalogue.DataCategory.NAME;
import static com.japanautoparts.kura.catalogue.DataCategory.NAME_READING;
import static com.japanautoparts.kura.catalogue.DataCategory.PHONE;
import static com.japanautoparts.kura.catalogue.DataCategory.SHIPPING_ADDRESS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.contact.api.AddressDto;
import com.japanautoparts.kura.contact.domain.AddressType;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.EmailDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.api.PhoneDto;
import com.japanautoparts.kura.contact.api.ProjectionDto;
import com.japanautoparts.kura.contact.domain.Customer;

/**
 * Need-to-know projections of today's contact data: for each purpose, only the contact categories the catalogue's
 * grants for it name ({@link NeedToKnow#projection}), and in {@code dataItems} the catalogue keys of what was released.
 * disclosure-service asks for the support projection (the grant contact-service serves) and, for an exception case, the
 * projections that carry the approved items; an order's carrier and processor get the contact data the order was placed
 * with from payment-service instead. Every projection is a read in the access log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectionService {

    private final ContactMapper mapper;
    private final AccessLog accessLog;

    public ProjectionService(ContactMapper mapper, AccessLog accessLog) {
        this.mapper = mapper;
        this.accessLog = accessLog;
    }

    /** Whether contact-service releases anything for the purpose. */
    public boolean serves(DisclosurePurpose purpose) {
        return !NeedToKnow.projection(DataOwner.CONTACT, purpose).isEmpty();
    }

    /** The projection, recorded in the access log as read by the reader before it is returned. */
    public Optional<ProjectionDto> project(String subject, DisclosurePurpose purpose, AccessLog.Reader reader) {
        Optional<ProjectionDto> projection = Customer.findBySubject(subject).map(mapper::toDto)
                .map(contact -> project(subject, contact, purpose));
        projection.ifPresent(p -> accessLog.record(subject, reader, purpose.key(),
                p.dataItems().stream().map(key -> DataCategory.parse(key).orElseThrow()).toList()));
        return projection;
    }

    /**
     * The projection of a customer's contact data for a purpose: each category the catalogue grants, when held (the
     * first address of its type, the first phone, the first email); nothing else.
     */
    static ProjectionDto project(String subject, ContactDto contact, DisclosurePurpose purpose) {
        Release release = new Release(NeedToKnow.projection(DataOwner.CONTACT, purpose));
        NameDto name = name(release, contact.name());
        AddressDto shipping = release.of(SHIPPING_ADDRESS,
                ContactService.firstOfType(contact, AddressType.SHIPPING).orElse(null));
        AddressDto billing = release.of(BILLING_ADDRESS,
                ContactService.firstOfType(contact, AddressType.BILLING).orElse(null));
        PhoneDto phone = release.of(PHONE, contact.phones().isEmpty() ? null : contact.phones().get(0));
        EmailDto email = release.of(EMAIL, contact.emails().isEmpty() ? null : contact.emails().get(0));
        return new ProjectionDto(subject, purpose.key(), List.copyOf(release.items), name, shipping, billing, phone, email);
    }

    /** The name without its reading unless the reading is granted too (only a carrier's grant names it). */
    private static NameDto name(Release release, NameDto held) {
        if (held == null) {
            return null;
        }
        NameDto name = release.of(NAME, held.family() == null && held.given() == null ? null : new NameDto(held.family(), held.given()));
        NameDto reading = release.of(NAME_READING,
                held.familyKana() == null && held.givenKana() == null ? null : held);
        if (reading == null) {
            return name;
        }
        return new NameDto(name == null ? null : name.family(), name == null ? null : name.given(), reading.familyKana(),
                reading.givenKana());
    }

    /** The granted categories, and the keys of those released so far, in the order they were released. */
    private static final class Release {

        private final Set<DataCategory> granted;
        private final List<String> items = new ArrayList<>();

        Release(Set<DataCategory> granted) {
            this.granted = granted;
        }

        /** The value when its category is granted and a value is held; else nothing. */
        <T> T of(DataCategory category, T value) {
            if (value == null || !granted.contains(category)) {
                return null;
            }
            items.add(category.key());
            return value;
        }
    }
}
