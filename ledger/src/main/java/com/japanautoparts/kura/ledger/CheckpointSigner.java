package com.japanautoparts.kura.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs this service's checkpoints with its Ed25519 key (the JDK's own EdDSA; {@code kura.ledger.signing}) and checks
 * signatures: of its own checkpoints (with its current or a retired public key) and of the ledger it witnesses (with that
 * ledger's public keys, {@code kura.ledger.witness}). A key pair whose halves do not belong together stops start-up.
 */
@ApplicationScoped
public class CheckpointSigner {

    private static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final String publicKey;
    private final String keyId;
    private final Map<String, PublicKey> own;
    private final Map<String, PublicKey> witnessed;

    public CheckpointSigner(LedgerConfig config) {
        this.privateKey = privateKey(config.signing().privateKey());
        this.publicKey = config.signing().publicKey().strip();
        this.keyId = keyId(publicKey);
        this.own = keys(publicKey, config.signing().retiredPublicKeys().orElse(List.of()));
        this.witnessed = keys(config.witness().publicKey().strip(), config.witness().retiredPublicKeys().orElse(List.of()));
        Checkpoint probe = sign("probe", 0, ChainHash.GENESIS, Instant.EPOCH, ChainHash.GENESIS);
        if (!verifies(probe, own)) {
            throw new IllegalStateException("kura.ledger.signing: the public key does not belong to the private key");
        }
    }

    /** The signed checkpoint of a chain point, at a time (to the millisecond). */
    public Checkpoint sign(String ledger, long position, String hash, Instant at, String previous) {
        Checkpoint unsigned = new Checkpoint(ledger, position, hash, at.truncatedTo(ChronoUnit.MILLIS), previous, keyId, null);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(unsigned.signedForm().getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(ledger, position, hash, unsigned.at(), previous, keyId, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing a checkpoint failed", e);
        }
    }

    /** Whether this service signed the checkpoint (with its current or a retired key). */
    public boolean signedByMe(Checkpoint checkpoint) {
        return verifies(checkpoint, own);
    }

    /** Whether the ledger this service witnesses signed the checkpoint. */
    public boolean signedByWitnessedLedger(Checkpoint checkpoint) {
        return verifies(checkpoint, witnessed);
    }

    /** This service's public key (X.509, base64): what a reader of its checkpoints checks them with. */
    public String publicKey() {
        return publicKey;
    }

    public String keyId() {
        return keyId;
    }

    /** The key id of a public key (X.509, base64): the first 16 hex digits of SHA-256 over its DER form. */
    public static String keyId(String publicKey) {
        return ChainHash.sha256(Base64.getDecoder().decode(publicKey.strip())).substring(0, 16);
    }

    /** Verifies with a public key given as X.509 base64: a check anyone can make with only the checkpoint and the key. */
    public static boolean verifies(Checkpoint checkpoint, String publicKey) {
        return verifies(checkpoint, keys(publicKey.strip(), List.of()));
    }

    private static boolean verifies(Checkpoint checkpoint, Map<String, PublicKey> keys) {
        PublicKey key = checkpoint.keyId() == null ? null : keys.get(checkpoint.keyId());
        if (key == null || checkpoint.signature() == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(checkpoint.signedForm().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, PublicKey> keys(String current, List<String> retired) {
        Map<String, PublicKey> keys = new HashMap<>();
        for (String key : retired) {
            keys.put(keyId(key), publicKeyOf(key.strip()));
        }
        keys.put(keyId(current), publicKeyOf(current));
        return Map.copyOf(keys);
    }

    private static PublicKey publicKeyOf(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Not an Ed25519 public key (X.509, base64)", e);
        }
    }

    private static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("kura.ledger.signing.private-key is not an Ed25519 private key (PKCS#8, base64)", e);
        }
    }
}
