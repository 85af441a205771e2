package com.japanautoparts.kura.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one field cipher of Kura: personal values are AES-256-GCM ciphertext before they reach a database. A stored value
 * is {@code version(1) | iv(12) | ciphertext+tag}; the version byte leaves room for key rotation. The field name is bound
 * as associated data, so a ciphertext cannot be moved to another column (or, with a field name that names the row, to
 * another row). Each service holds its own key, from its own configuration, and produces its cipher as a bean.
 */
public final class FieldCipher {

    private static final byte KEY_VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecretKey lookupKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param key base64 of the 256-bit AES key
     * @param keyProperty the configuration property it came from, named when it is malformed (never the value)
     * @param lookupKey base64 of a 256-bit HMAC-SHA256 key for {@link #emailLookupHash}, or null when none is needed
     * @param lookupKeyProperty the configuration property of the look-up key
     */
    public FieldCipher(String key, String keyProperty, String lookupKey, String lookupKeyProperty) {
        this.key = new SecretKeySpec(decodeKey(key, keyProperty), "AES");
        this.lookupKey = lookupKey == null ? null : new SecretKeySpec(decodeKey(lookupKey, lookupKeyProperty), "HmacSHA256");
    }

    /** A cipher without a look-up key. */
    public FieldCipher(String key, String keyProperty) {
        this(key, keyProperty, null, null);
    }

    public byte[] encrypt(String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(KEY_VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String field, byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + IV_BYTES || stored[0] != KEY_VERSION) {
            throw new IllegalStateException("Unknown ciphertext format for " + field);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed for " + field, e);
        }
    }

    /** Keyed hash of a normalised email address, for exact look-up without decrypting every row. */
    public byte[] emailLookupHash(String email) {
        if (lookupKey == null) {
            throw new IllegalStateException("This cipher has no look-up key");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return mac.doFinal(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Hashing failed", e);
        }
    }

    private static byte[] decodeKey(String base64, String property) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be 32 bytes, base64-encoded");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes, base64-encoded");
        }
        return bytes;
    }
}
