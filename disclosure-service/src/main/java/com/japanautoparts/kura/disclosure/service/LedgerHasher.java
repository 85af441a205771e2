package com.japanautoparts.kura.disclosure.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.japanautoparts.kura.disclosure.domain.LedgerEntry;

/**
 * The canonical form of a ledger row and its SHA-256. Each field is written as
 * {@code <length>:<value>;} (a missing value as {@code -;}), so no two different rows share a form;
 * the previous row's hash is the last field, which chains the rows. The rule version and the attempts of an aggregate
 * refusal row come before it, both, when either is set (never on rows written before they existed).
 */
public final class LedgerHasher {

    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private LedgerHasher() {
    }

    /**
     * Whether a row sits right after the given position and hash, and its hash matches its content: the one test
     * that verification and the purge both apply, so a purge never removes a row that verification would flag.
     */
    public static boolean follows(LedgerEntry row, long previousId, String previousHash) {
        return row.id == previousId + 1 && previousHash.equals(row.previousHash) && hash(row).equals(row.hash);
    }

    public static String hash(LedgerEntry e) {
        StringBuilder form = new StringBuilder(512);
        field(form, e.id == null ? null : e.id.toString());
        field(form, e.at == null ? null : e.at.toString());
        field(form, e.outcome == null ? null : e.outcome.name());
        field(form, e.recipientId);
        field(form, e.recipientName);
        field(form, e.recipientKind == null ? null : e.recipientKind.name());
        field(form, e.subject);
        field(form, join(e.subjects));
        field(form, e.reference);
        field(form, join(e.dataItems));
        field(form, e.purpose);
        field(form, e.legalBasis == null ? null : e.legalBasis.name());
        field(form, e.basisReference);
        field(form, e.reason);
        field(form, e.actor);
        field(form, e.refusal);
        if (e.ruleVersion != null || e.attempts != null) {
            // Issue 15's fields, in the form only when set: rows written before them keep their hashes.
            field(form, e.ruleVersion == null ? null : e.ruleVersion.toString());
            field(form, e.attempts == null ? null : e.attempts.toString());
        }
        field(form, e.previousHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(form.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is not available", e1);
        }
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join("\n", values);
    }

    private static void field(StringBuilder form, String value) {
        if (value == null) {
            form.append("-;");
        } else {
            form.append(value.length()).append(':').append(value).append(';');
        }
    }
}
