package com.japanautoparts.kura.contact.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.crypto.FieldCipher;
import com.japanautoparts.kura.common.crypto.KeyedHash;
import com.japanautoparts.kura.contact.api.AddressDto;
import com.japanautoparts.kura.contact.api.ChangeDto;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.EmailDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.api.PhoneDto;
import com.japanautoparts.kura.contact.config.ContactConfig;
import com.japanautoparts.kura.contact.domain.ContactChange;
import com.japanautoparts.kura.contact.domain.Customer;
import com.japanautoparts.kura.contact.domain.EmailAddress;
import com.japanautoparts.kura.contact.domain.PhoneNumber;
import com.japanautoparts.kura.contact.domain.PostalAddress;

/**
 * Moves contact data between API records and entities, encrypting on the way in and decrypting on the way out with
 * kura-common's {@link FieldCipher} (AES-256-GCM, the column name bound as associated data); emails also get a keyed
 * hash for exact look-up.
 */
@ApplicationScoped
class ContactMapper {

    private final FieldCipher cipher;
    private final KeyedHash emailLookup;

    ContactMapper(ContactConfig config) {
        this.cipher = FieldCipher.fromBase64(config.encryption().key(), "contact.encryption.key");
        this.emailLookup = KeyedHash.fromBase64(config.encryption().lookupKey(), "contact.encryption.lookup-key");
    }

    ContactDto toDto(Customer customer) {
        NameDto name = customer.familyName == null && customer.givenName == null && customer.familyKana == null
                && customer.givenKana == null ? null
                        : new NameDto(cipher.decrypt("family_name", customer.familyName),
                                cipher.decrypt("given_name", customer.givenName),
                                cipher.decrypt("family_kana", customer.familyKana),
                                cipher.decrypt("given_kana", customer.givenKana));
        return new ContactDto(name,
                customer.addresses.stream().map(this::toDto).toList(),
                customer.phones.stream()
                        .map(p -> new PhoneDto(p.type, cipher.decrypt("phone", p.number))).toList(),
                customer.emails.stream()
                        .map(e -> new EmailDto(cipher.decrypt("email", e.address), e.verifiedAt != null)).toList());
    }

    AddressDto toDto(PostalAddress address) {
        return new AddressDto(address.type, address.country,
                cipher.decrypt("postal_code", address.postalCode),
                cipher.decrypt("region", address.region),
                cipher.decrypt("locality", address.locality),
                cipher.decrypt("line1", address.line1),
                cipher.decrypt("line2", address.line2));
    }

    /** The customer's change history, oldest first. */
    List<ChangeDto> history(Customer customer) {
        return ContactChange.listForCustomer(customer.id).stream().map(ContactMapper::toDto).toList();
    }

    /** One page of {@link #history}: at most {@code max} changes from the {@code first} (from 0). */
    List<ChangeDto> history(Long customerId, int first, int max) {
        return ContactChange.pageForCustomer(customerId, first, max).stream().map(ContactMapper::toDto).toList();
    }

    private static ChangeDto toDto(ContactChange change) {
        return new ChangeDto(change.changedAt, change.actor, change.field, change.kind);
    }

    /** Any other identifying value kept here, encrypted the same way (bound to its column). */
    byte[] seal(String column, String value) {
        return cipher.encrypt(column, value);
    }

    String open(String column, byte[] value) {
        return cipher.decrypt(column, value);
    }

    /** Keyed hash of a normalised email address, for exact look-up without decrypting every row. */
    byte[] lookupHash(String email) {
        return emailLookup.of(email.trim().toLowerCase(Locale.ROOT));
    }

    /** Replaces the entity's contact data with the given one; orphaned rows are deleted. */
    void apply(ContactDto contact, Customer customer) {
        NameDto name = contact.name();
        customer.familyName = name == null ? null : cipher.encrypt("family_name", name.family());
        customer.givenName = name == null ? null : cipher.encrypt("given_name", name.given());
        customer.familyKana = name == null ? null : cipher.encrypt("family_kana", name.familyKana());
        customer.givenKana = name == null ? null : cipher.encrypt("given_kana", name.givenKana());

        customer.addresses.clear();
        List<AddressDto> addresses = contact.addresses();
        for (int i = 0; i < addresses.size(); i++) {
            AddressDto dto = addresses.get(i);
            PostalAddress address = new PostalAddress();
            address.customer = customer;
            address.position = i;
            address.type = dto.type();
            address.country = dto.country();
            address.postalCode = cipher.encrypt("postal_code", dto.postalCode());
            address.region = cipher.encrypt("region", dto.region());
            address.locality = cipher.encrypt("locality", dto.locality());
            address.line1 = cipher.encrypt("line1", dto.line1());
            address.line2 = cipher.encrypt("line2", dto.line2());
            customer.addresses.add(address);
        }

        customer.phones.clear();
        List<PhoneDto> phones = contact.phones();
        for (int i = 0; i < phones.size(); i++) {
            PhoneNumber phone = new PhoneNumber();
            phone.customer = customer;
            phone.position = i;
            phone.type = phones.get(i).type();
            phone.number = cipher.encrypt("phone", phones.get(i).number());
            customer.phones.add(phone);
        }

        // An address kept is the same row (its verification stays); a new or changed one is a new, unverified row.
        Map<String, EmailAddress> kept = new HashMap<>();
        customer.emails.forEach(e -> kept.putIfAbsent(HexFormat.of().formatHex(e.lookupHash), e));
        List<EmailAddress> entries = new ArrayList<>();
        List<EmailDto> emails = contact.emails();
        for (int i = 0; i < emails.size(); i++) {
            byte[] hash = lookupHash(emails.get(i).address());
            EmailAddress email = kept.remove(HexFormat.of().formatHex(hash));
            if (email == null) {
                email = new EmailAddress();
                email.customer = customer;
                email.lookupHash = hash;
            }
            email.position = i;
            email.address = cipher.encrypt("email", emails.get(i).address());
            entries.add(email);
        }
        customer.emails.clear();
        customer.emails.addAll(entries);
    }
}
