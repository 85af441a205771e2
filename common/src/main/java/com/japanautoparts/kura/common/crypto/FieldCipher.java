package com.japanautoparts.kura.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Kura's one cipher for personal data at rest: AES-256-GCM. A stored value is {@code version(1) | iv(12) |
 * ciphertext+tag}; the version byte leaves room for key rotation. The caller names what the value is (a column, or a
 * row and column) and that name is bound as associated data, so a ciphertext cannot be moved to another place and
 * still decrypt. Keys come from configuration (32 bytes, base64), never from code.
 */
public final class FieldCipher {

    private static final byte KEY_VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private FieldCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * A cipher with the key given as base64 of 32 bytes; {@code property} names the setting in the error when it is not
     * (never the value).
     */
    public static FieldCipher fromBase64(String base64Key, String property) {
        return new FieldCipher(Keys.decode(base64Key, property));
    }

    public byte[] encrypt(String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
        return encrypt(field, bytes, 0, bytes.length);
    }

    public String decrypt(String field, byte[] stored) {
        return stored == null ? null : new String(decryptBytes(field, stored), StandardCharsets.UTF_8);
    }

    /**
     * Encrypts {@code length} bytes of {@code plaintext} from {@code offset}, bound to {@code field}: for values kept as
     * bytes (a document stored in chunks, whose boundaries need not fall between characters).
     */
    public byte[] encrypt(String field, byte[] plaintext, int offset, int length) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext, offset, length);
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(KEY_VERSION).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** The bytes {@link #encrypt(String, byte[], int, int)} sealed, if {@code stored} was sealed for {@code field}. */
    public byte[] decryptBytes(String field, byte[] stored) {
        if (stored.length < 1 + IV_BYTES || stored[0] != KEY_VERSION) {
            throw new IllegalStateException("Unknown ciphertext format for " + field);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(field.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed for " + field, e);
        }
    }
}
