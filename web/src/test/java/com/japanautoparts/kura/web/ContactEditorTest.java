package com.japanautoparts.kura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.japanautoparts.kura.web.service.ContactEditor;

/** Correction forms become merge patches that change only what the form shows (pure logic). */
class ContactEditorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode contact() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"name": {"family": "山田", "given": "花子", "familyKana": "ヤマダ"},
                 "addresses": [{"type": "SHIPPING", "country": "JP", "postalCode": "150-0001", "line1": "1-2-3", "building": "A"},
                               {"type": "BILLING", "country": "JP", "postalCode": "100-0005"}],
                 "phones": [{"type": "MOBILE", "number": "090-1111-2222"}]}""");
    }

    @Test
    void anEditedEntryKeepsFieldsTheFormDoesNotKnowAndTheOtherEntries() throws Exception {
        ObjectNode contact = contact();
        String shown = ContactEditor.fingerprint(contact.path("addresses").get(0));
        ObjectNode patch = ContactEditor.entryPatch(contact, "addresses", 0, shown,
                Map.of("type", "SHIPPING", "country", "JP", "postalCode", "１６００００２", "line1", " 4-5-6 ", "line2", ""));
        assertEquals(JSON.readTree("""
                {"addresses": [{"type": "SHIPPING", "country": "JP", "postalCode": "160-0002", "line1": "4-5-6", "building": "A"},
                               {"type": "BILLING", "country": "JP", "postalCode": "100-0005"}]}"""), patch);
    }

    @Test
    void aStaleFormChangesNothing() throws Exception {
        ObjectNode contact = contact();
        String billing = ContactEditor.fingerprint(contact.path("addresses").get(1));
        assertThrows(ContactEditor.StaleEditException.class,
                () -> ContactEditor.entryPatch(contact, "addresses", 0, billing, Map.of("postalCode", "160-0002")));
        assertThrows(ContactEditor.StaleEditException.class,
                () -> ContactEditor.removalPatch(contact, "addresses", 5, billing));
        assertThrows(ContactEditor.StaleEditException.class,
                () -> ContactEditor.namePatch(contact, null, Map.of("family", "X")));
    }

    @Test
    void addingRemovingAndClearingTheName() throws Exception {
        ObjectNode contact = contact();
        assertEquals(JSON.readTree("{\"phones\": [{\"type\": \"MOBILE\", \"number\": \"090-1111-2222\"}, {\"type\": \"WORK\", \"number\": \"03-1234-5678\"}]}"),
                ContactEditor.entryPatch(contact, "phones", null, null, Map.of("type", "WORK", "number", "０３－１２３４－５６７８")));
        assertEquals(JSON.readTree("{\"phones\": []}"),
                ContactEditor.removalPatch(contact, "phones", 0, ContactEditor.fingerprint(contact.path("phones").get(0))));
        String name = ContactEditor.fingerprint(contact.path("name"));
        assertEquals(JSON.readTree("{\"name\": {\"familyKana\": \"ヤマダ\"}}"),
                ContactEditor.namePatch(contact, name, Map.of("family", "", "given", " ")));
        ObjectNode nameless = (ObjectNode) JSON.readTree("{\"name\": {\"family\": \"X\"}}");
        assertEquals(JSON.readTree("{\"name\": null}"),
                ContactEditor.namePatch(nameless, ContactEditor.fingerprint(nameless.path("name")), Map.of("family", "")));
        assertThrows(IllegalArgumentException.class, () -> ContactEditor.entryPatch(contact, "orders", null, null, Map.of()));
    }
}
