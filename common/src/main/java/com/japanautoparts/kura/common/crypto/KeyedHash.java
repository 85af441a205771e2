package com.japanautoparts.kura.common.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a key from configuration: finds an encrypted value by exact match (contact-service's email
 * look-up) without decrypting every row, and without a hash anyone could compute from a guess.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKey key;

    private KeyedHash(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** A keyed hash with the key given as base64 of 32 bytes; {@code property} names the setting in the error. */
    public static KeyedHash fromBase64(String base64Key, String property) {
        return new KeyedHash(Keys.decode(base64Key, property));
    }

    public byte[] of(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }
}
