package com.japanautoparts.kura.contact.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import com.japanautoparts.kura.catalogue.DataCategory;

import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.domain.AddressType;
import com.japanautoparts.kura.contact.domain.ChangeKind;

/** Names the fields that differ between two versions of a customer's contact data. */
final class ChangeDetector {

    record FieldChange(String field, ChangeKind kind) {
    }

    private ChangeDetector() {
    }

    static List<FieldChange> between(ContactDto before, ContactDto after) {
        List<FieldChange> changes = new ArrayList<>();
        NameDto oldName = before.name() == null ? new NameDto(null, null) : before.name();
        NameDto newName = after.name() == null ? new NameDto(null, null) : after.name();
        compare("name.family", oldName.family(), newName.family(), changes);
        compare("name.given", oldName.given(), newName.given(), changes);
        compare("name.familyKana", oldName.familyKana(), newName.familyKana(), changes);
        compare("name.givenKana", oldName.givenKana(), newName.givenKana(), changes);
        compareLists("addresses", before.addresses(), after.addresses(), changes);
        compareLists("phones", before.phones(), after.phones(), changes);
        compareLists("emails", addresses(before), addresses(after), changes);
        return changes;
    }

    /**
     * The categories whose value a recipient may have received that differ: what the projections carry (the name, its
     * reading, the first address of each type, the first phone, the first email). A recipient told of a correction
     * hears only of these (disclosure-service narrows them further to what each one received).
     */
    static Set<DataCategory> correctedCategories(ContactDto before, ContactDto after) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        NameDto oldName = before.name() == null ? new NameDto(null, null) : before.name();
        NameDto newName = after.name() == null ? new NameDto(null, null) : after.name();
        if (!Objects.equals(oldName.family(), newName.family()) || !Objects.equals(oldName.given(), newName.given())) {
            categories.add(DataCategory.NAME);
        }
        if (!Objects.equals(oldName.familyKana(), newName.familyKana())
                || !Objects.equals(oldName.givenKana(), newName.givenKana())) {
            categories.add(DataCategory.NAME_READING);
        }
        if (!Objects.equals(ContactService.firstOfType(before, AddressType.SHIPPING), ContactService.firstOfType(after, AddressType.SHIPPING))) {
            categories.add(DataCategory.SHIPPING_ADDRESS);
        }
        if (!Objects.equals(ContactService.firstOfType(before, AddressType.BILLING), ContactService.firstOfType(after, AddressType.BILLING))) {
            categories.add(DataCategory.BILLING_ADDRESS);
        }
        if (!Objects.equals(first(before.phones()), first(after.phones()))) {
            categories.add(DataCategory.PHONE);
        }
        if (!Objects.equals(first(addresses(before)), first(addresses(after)))) {
            categories.add(DataCategory.EMAIL);
        }
        return categories;
    }

    /** The email addresses, normalised: whether one is verified is no change of the data. */
    private static List<String> addresses(ContactDto contact) {
        return contact.emails().stream().map(e -> e.address().trim().toLowerCase(Locale.ROOT)).toList();
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static void compareLists(String field, List<?> before, List<?> after, List<FieldChange> changes) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            compare(field + "[" + i + "]", i < before.size() ? before.get(i) : null, i < after.size() ? after.get(i) : null,
                    changes);
        }
    }

    private static void compare(String field, Object before, Object after, List<FieldChange> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        ChangeKind kind = before == null ? ChangeKind.ADDED : after == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
        changes.add(new FieldChange(field, kind));
    }
}
