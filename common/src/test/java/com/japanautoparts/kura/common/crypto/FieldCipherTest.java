package com.japanautoparts.kura.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The field cipher every service shares: round trip, no plaintext, bound to its field, keys checked. No Quarkus. */
class FieldCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    private final FieldCipher cipher = new FieldCipher(KEY, "test.key", OTHER_KEY, "test.lookup-key");

    @Test
    void aValueComesBackAndIsNotInTheCiphertext() {
        byte[] sealed = cipher.encrypt("line1", "1-2-3 Jingumae 渋谷");
        assertEquals("1-2-3 Jingumae 渋谷", cipher.decrypt("line1", sealed));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Jingumae"));
        assertFalse(Arrays.equals(sealed, cipher.encrypt("line1", "1-2-3 Jingumae 渋谷")), "a random IV each time");
        assertNull(cipher.encrypt("line1", null));
        assertNull(cipher.decrypt("line1", null));
    }

    @Test
    void aCiphertextMovedToAnotherFieldOrReadWithAnotherKeyFails() {
        byte[] sealed = cipher.encrypt("order:1.contact", "Yamada");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("order:2.contact", sealed));
        assertThrows(IllegalStateException.class, () -> new FieldCipher(OTHER_KEY, "k").decrypt("order:1.contact", sealed));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("order:1.contact", new byte[] { 9, 1, 2 }));
    }

    @Test
    void keysMustBe32BytesOfBase64AndTheMessageNamesThePropertyNotTheValue() {
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> new FieldCipher(Base64.getEncoder().encodeToString(new byte[16]), "payment.encryption.key"));
        assertTrue(shortKey.getMessage().contains("payment.encryption.key"));
        IllegalStateException notBase64 = assertThrows(IllegalStateException.class, () -> new FieldCipher("not base64!", "k"));
        assertFalse(notBase64.getMessage().contains("not base64!"));
        assertThrows(IllegalStateException.class, () -> new FieldCipher(null, "k"));
    }

    @Test
    void emailLookUpIsNormalisedAndNeedsALookUpKey() {
        assertArrayEquals(cipher.emailLookupHash("Hanako@Example.jp "), cipher.emailLookupHash("hanako@example.jp"));
        assertThrows(IllegalStateException.class, () -> new FieldCipher(KEY, "k").emailLookupHash("a@b.jp"));
    }
}
