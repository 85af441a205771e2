package com.japanautoparts.kura.disclosure.service;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.japanautoparts.kura.disclosure.Purpose;
import com.japanautoparts.kura.disclosure.client.ContactProjection;

/**
 * The contact data items an exception case may ask for, the contact projection that carries each,
 * and how to pick it out, so a case releases exactly its approved items and nothing else.
 */
enum ContactItems {
    NAME("user.name", Purpose.SUPPORT),
    SHIPPING_ADDRESS("user.contact.address.shipping", Purpose.DELIVERY),
    PHONE("user.contact.phone_number", Purpose.DELIVERY),
    BILLING_ADDRESS("user.contact.address.billing", Purpose.PAYMENT),
    EMAIL("user.contact.email", Purpose.SUPPORT);

    private final String key;
    private final Purpose projection;

    ContactItems(String key, Purpose projection) {
        this.key = key;
        this.projection = projection;
    }

    String key() {
        return key;
    }

    static Optional<ContactItems> parse(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(ContactItems::key).toList();
    }

    /** The projections to fetch for these items; the name comes with any of them. */
    static Set<Purpose> projectionsFor(Set<ContactItems> items) {
        Set<Purpose> projections = EnumSet.noneOf(Purpose.class);
        items.stream().filter(i -> i != NAME).forEach(i -> projections.add(i.projection));
        if (projections.isEmpty() && items.contains(NAME)) {
            projections.add(NAME.projection);
        }
        return projections;
    }

    /** Whether this item has a value in the projection. */
    boolean presentIn(ContactProjection p) {
        return switch (this) {
            case NAME -> p.name() != null;
            case SHIPPING_ADDRESS -> p.shippingAddress() != null;
            case PHONE -> p.phone() != null;
            case BILLING_ADDRESS -> p.billingAddress() != null;
            case EMAIL -> p.email() != null;
        };
    }
}
