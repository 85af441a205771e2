package com.japanautoparts.kura.contact.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.NameDto;
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
        compareLists("addresses", before.addresses(), after.addresses(), changes);
        compareLists("phones", before.phones(), after.phones(), changes);
        compareLists("emails", before.emails(), after.emails(), changes);
        return changes;
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
