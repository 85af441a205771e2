package com.japanautoparts.kura.ledger;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A signed statement that a ledger's chain reached {@code position} with {@code hash} at {@code at}. Each checkpoint names
 * the digest of the one before it ({@code previous}; the genesis hash for the first), so checkpoints form a chain of their
 * own and a witness accepts only one that extends the newest it holds. {@code signature} is Ed25519 (base64) over
 * {@link #signedForm()}, by the key {@code keyId} names (the first 16 hex digits of SHA-256 over the public key's X.509
 * form).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Checkpoint(
        @NotNull @Pattern(regexp = "[a-z][a-z-]{0,31}") String ledger,
        @PositiveOrZero long position,
        @NotNull @Pattern(regexp = HEX_64) String hash,
        @NotNull Instant at,
        @NotNull @Pattern(regexp = HEX_64) String previous,
        @NotNull @Pattern(regexp = "[0-9a-f]{16}") String keyId,
        @NotNull @Pattern(regexp = "[A-Za-z0-9+/]{86}==") String signature) {

    /** A SHA-256 in lower-case hex. */
    public static final String HEX_64 = "[0-9a-f]{64}";

    /** The first field of the signed form: what the signature is about, and in which form. */
    public static final String FORMAT = "kura-ledger-checkpoint/1";

    /** The text that is signed: {@link ChainHash}'s canonical form of the format, ledger, position, hash, time, previous and key id. */
    public String signedForm() {
        return ChainHash.form().field(FORMAT).field(ledger).field(position).field(hash).field(at == null ? null : at.toString())
                .field(previous).field(keyId).text();
    }

    /** SHA-256 of the signed form: what the next checkpoint names as its previous. */
    public String digest() {
        return ChainHash.sha256(signedForm());
    }

    /** The point of the chain this checkpoint signs. */
    public ChainPoint point() {
        return new ChainPoint(position, hash);
    }
}
