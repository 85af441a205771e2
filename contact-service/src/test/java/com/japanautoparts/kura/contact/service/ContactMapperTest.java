package com.japanautoparts.kura.contact.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.contact.api.AddressType;
import com.japanautoparts.kura.contact.api.ChangeDto;
import com.japanautoparts.kura.contact.api.PhoneType;
import com.japanautoparts.kura.contact.domain.ContactChange;
import com.japanautoparts.kura.contact.domain.PhoneNumber;
import com.japanautoparts.kura.contact.domain.PostalAddress;

/** The mapper moves enums between the API and the entities by name: both sides must list the same names. No Quarkus. */
class ContactMapperTest {

    @Test
    void theApiAndTheStoredEnumsNameTheSameValues() {
        assertEquals(names(AddressType.values()), names(PostalAddress.Type.values()));
        assertEquals(names(PhoneType.values()), names(PhoneNumber.Type.values()));
        assertEquals(names(ChangeDto.Kind.values()), names(ContactChange.Kind.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
