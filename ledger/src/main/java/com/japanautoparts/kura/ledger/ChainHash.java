package com.japanautoparts.kura.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical form both ledgers hash, and its SHA-256 (hex). Each field is written as {@code <length>:<value>;} and a
 * missing one as {@code -;}, so no two different sequences of fields share a form. The same form is signed in a
 * checkpoint, so a reader checks everything with one rule.
 */
public final class ChainHash {

    /** The previous hash of a chain's first link, and of a ledger's first checkpoint. */
    public static final String GENESIS = "0".repeat(64);

    private final StringBuilder form = new StringBuilder(256);

    private ChainHash() {
    }

    /** An empty form. */
    public static ChainHash form() {
        return new ChainHash();
    }

    public ChainHash field(String value) {
        if (value == null) {
            form.append("-;");
        } else {
            form.append(value.length()).append(':').append(value).append(';');
        }
        return this;
    }

    /** A number in decimal. */
    public ChainHash field(long value) {
        return field(Long.toString(value));
    }

    /** The form so far. */
    public String text() {
        return form.toString();
    }

    /** SHA-256 of the form (UTF-8), lower-case hex. */
    public String sha256() {
        return sha256(form.toString());
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
