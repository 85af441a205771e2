package com.japanautoparts.kura.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The one field cipher: round trip, the place bound as associated data, tampering detected, keys checked. */
class FieldCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    private final FieldCipher cipher = FieldCipher.fromBase64(KEY, "test.key");

    @Test
    void encryptsToAFreshCiphertextEachTimeAndDecryptsBack() {
        String value = "山田 花子, 〒150-0001 東京都渋谷区";
        byte[] first = cipher.encrypt("family_name", value);
        byte[] second = cipher.encrypt("family_name", value);
        assertNotEquals(Base64.getEncoder().encodeToString(first), Base64.getEncoder().encodeToString(second), "a random IV each time");
        assertFalse(new String(first, StandardCharsets.UTF_8).contains("山田"));
        assertEquals(value, cipher.decrypt("family_name", first));
        assertNull(cipher.encrypt("family_name", null));
        assertNull(cipher.decrypt("family_name", null));
    }

    @Test
    void aCiphertextMovedToAnotherPlaceOrAlteredOrUnderAnotherKeyDoesNotDecrypt() {
        byte[] stored = cipher.encrypt("export:request-1/contact-service", "{\"name\": \"Hanako\"}");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("export:request-2/contact-service", stored));
        byte[] altered = stored.clone();
        altered[altered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("export:request-1/contact-service", altered));
        assertThrows(IllegalStateException.class, () -> FieldCipher.fromBase64(OTHER_KEY, "test.key")
                .decrypt("export:request-1/contact-service", stored));
    }

    @Test
    void bytesSealedFromAnyOffsetComeBackExactlyAndOnlyForTheirPlace() {
        byte[] document = "{\"name\": \"山田\"}".getBytes(StandardCharsets.UTF_8);
        // A chunk boundary inside a character: the bytes come back as they were, not as decoded text.
        byte[] chunk = cipher.encrypt("dsr_export:r:contact-service:0", document, 11, 4);
        assertArrayEquals(java.util.Arrays.copyOfRange(document, 11, 15), cipher.decryptBytes("dsr_export:r:contact-service:0", chunk));
        assertThrows(IllegalStateException.class, () -> cipher.decryptBytes("dsr_export:r:contact-service:1", chunk));
    }

    @Test
    void aKeyOfTheWrongSizeOrNotBase64StopsWithTheSettingNamedAndTheValueNot() {
        for (String bad : new String[] {"", "c2hvcnQ=", "not base64 at all!", null}) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> FieldCipher.fromBase64(bad, "gateway.export.key"));
            assertEquals("gateway.export.key must be 32 bytes, base64-encoded", refused.getMessage());
        }
    }

    @Test
    void theKeyedHashIsStableAndDependsOnTheKey() {
        KeyedHash hash = KeyedHash.fromBase64(KEY, "test.lookup-key");
        assertArrayEquals(hash.of("hanako@example.jp"), hash.of("hanako@example.jp"));
        assertNotEquals(Base64.getEncoder().encodeToString(hash.of("hanako@example.jp")),
                Base64.getEncoder().encodeToString(KeyedHash.fromBase64(OTHER_KEY, "k").of("hanako@example.jp")));
    }
}
