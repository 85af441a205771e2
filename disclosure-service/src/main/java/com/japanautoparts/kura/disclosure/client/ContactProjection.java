package com.japanautoparts.kura.disclosure.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.disclosure.api.EmailAddress;
import com.japanautoparts.kura.disclosure.api.PersonName;
import com.japanautoparts.kura.disclosure.api.PhoneNumber;
import com.japanautoparts.kura.disclosure.api.PostalAddress;

/**
 * A contact projection as contact-service serves it. Unknown fields are dropped on reading, so only
 * the fields reviewed here can ever be passed on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactProjection(String customerId, String purpose, List<String> dataItems, PersonName name,
        PostalAddress shippingAddress, PostalAddress billingAddress, PhoneNumber phone, EmailAddress email) {

    /** Whether this projection has a value for the category; a category it has no field for it never has. */
    public boolean has(DataCategory category) {
        return switch (category) {
            case NAME -> name != null && (name.family() != null || name.given() != null);
            case NAME_READING -> name != null && (name.familyKana() != null || name.givenKana() != null);
            case SHIPPING_ADDRESS -> shippingAddress != null;
            case BILLING_ADDRESS -> billingAddress != null;
            case PHONE -> phone != null;
            case EMAIL -> email != null;
            default -> false;
        };
    }
}
