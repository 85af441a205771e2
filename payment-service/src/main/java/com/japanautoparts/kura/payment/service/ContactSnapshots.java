package com.japanautoparts.kura.payment.service;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.common.crypto.FieldCipher;
import com.japanautoparts.kura.payment.api.ContactSnapshotDto;
import com.japanautoparts.kura.payment.api.PersonNameDto;
import com.japanautoparts.kura.payment.api.PhoneNumberDto;
import com.japanautoparts.kura.payment.api.PostalAddressDto;
import com.japanautoparts.kura.payment.client.CheckoutView;
import com.japanautoparts.kura.payment.domain.CustomerOrder;

/**
 * The contact data an order keeps for its carrier and processor: taken from contact-service's checkout view when the order
 * is placed, only the categories the catalogue's per-order grants name ({@link NeedToKnow#snapshot()}), and stored as
 * AES-256-GCM ciphertext bound to the order (kura-common's {@link FieldCipher}, this service's own key). A customer who
 * later moves or changes their phone does not change what the order's carrier sees once it shipped; a correction made before
 * it shipped replaces the snapshot ({@link ContactCorrections}).
 */
@ApplicationScoped
public class ContactSnapshots {

    private final FieldCipher cipher;
    private final ObjectMapper json;

    public ContactSnapshots(FieldCipher cipher, ObjectMapper json) {
        this.cipher = cipher;
        this.json = json;
    }

    /** The parts of the checkout view the catalogue's snapshot names; nothing else is kept. */
    static ContactSnapshotDto capture(CheckoutView view) {
        return keep(view.name(), view.shippingAddress(), view.billingAddress(), view.phone());
    }

    /** Of contact data read at placement or sent with a correction, the parts the catalogue's snapshot names. */
    static ContactSnapshotDto keep(PersonNameDto name, PostalAddressDto shippingAddress, PostalAddressDto billingAddress,
            PhoneNumberDto phone) {
        Set<DataCategory> kept = NeedToKnow.snapshot();
        return new ContactSnapshotDto(name == null ? null
                : name.keeping(kept.contains(DataCategory.NAME), kept.contains(DataCategory.NAME_READING)),
                kept.contains(DataCategory.SHIPPING_ADDRESS) ? shippingAddress : null,
                kept.contains(DataCategory.BILLING_ADDRESS) ? billingAddress : null,
                kept.contains(DataCategory.PHONE) ? phone : null);
    }

    /** The ciphertext kept with the order. */
    byte[] seal(String orderId, ContactSnapshotDto snapshot) {
        try {
            return cipher.encrypt(field(orderId), json.writeValueAsString(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A contact snapshot could not be written", e);
        }
    }

    /** The order's snapshot; empty once pseudonymised (or for an order placed before snapshots were kept). */
    Optional<ContactSnapshotDto> open(CustomerOrder order) {
        if (order.contactSnapshot == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(cipher.decrypt(field(order.publicId), order.contactSnapshot), ContactSnapshotDto.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A contact snapshot could not be read", e);
        }
    }

    /** The associated data: a snapshot cannot be moved to another order. */
    private static String field(String orderId) {
        return "orders.contact_snapshot:" + orderId;
    }
}
