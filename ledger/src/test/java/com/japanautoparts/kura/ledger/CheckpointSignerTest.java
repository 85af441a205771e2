package com.japanautoparts.kura.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Signing and checking checkpoints, and the canonical form they are signed in: pure logic, no Quarkus. */
class CheckpointSignerTest {

    private final KeyPair mine = keyPair();
    private final KeyPair other = keyPair();

    @Test
    void theCanonicalFormTellsEveryFieldApart() {
        assertEquals("1:a;-;2:12;", ChainHash.form().field("a").field(null).field(12).text());
        assertNotEquals(ChainHash.form().field("ab").field("c").sha256(), ChainHash.form().field("a").field("bc").sha256());
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ChainHash.sha256("abc"));
    }

    @Test
    void aCheckpointVerifiesWithItsPublicKeyAndNothingElse() {
        CheckpointSigner signer = new CheckpointSigner(config(mine, mine, other, List.of()));
        Checkpoint signed = signer.sign("disclosure", 7, "a".repeat(64), Instant.parse("2026-12-01T03:10:00.123456Z"), ChainHash.GENESIS);
        assertEquals(Instant.parse("2026-12-01T03:10:00.123Z"), signed.at(), "to the millisecond");
        assertTrue(signer.signedByMe(signed));
        assertTrue(CheckpointSigner.verifies(signed, publicKey(mine)), "anyone with the public key can check it");
        assertEquals(CheckpointSigner.keyId(publicKey(mine)), signed.keyId());

        assertFalse(signer.signedByMe(new Checkpoint("disclosure", 8, signed.hash(), signed.at(), signed.previous(), signed.keyId(),
                signed.signature())), "another position");
        assertFalse(signer.signedByMe(new Checkpoint("disclosure", 7, "b".repeat(64), signed.at(), signed.previous(), signed.keyId(),
                signed.signature())), "another hash");
        assertFalse(signer.signedByMe(new Checkpoint("consent", 7, signed.hash(), signed.at(), signed.previous(), signed.keyId(),
                signed.signature())), "another ledger");
        assertFalse(signer.signedByMe(new Checkpoint("disclosure", 7, signed.hash(), signed.at(), signed.previous(), signed.keyId(),
                "not base64!")), "garbage instead of a signature");
        assertFalse(signer.signedByWitnessedLedger(signed), "the witnessed ledger's key did not sign it");
        assertFalse(CheckpointSigner.verifies(signed, publicKey(other)));
    }

    @Test
    void aRetiredKeyStillVerifiesItsOldCheckpoints() {
        Checkpoint old = new CheckpointSigner(config(other, other, mine, List.of()))
                .sign("disclosure", 3, "c".repeat(64), Instant.now(), ChainHash.GENESIS);
        assertTrue(new CheckpointSigner(config(mine, mine, other, List.of(publicKey(other)))).signedByMe(old));
        assertFalse(new CheckpointSigner(config(mine, mine, mine, List.of())).signedByMe(old));
    }

    @Test
    void aPrivateKeyAndAPublicKeyThatDoNotBelongTogetherStopStartUp() {
        assertThrows(IllegalStateException.class, () -> new CheckpointSigner(config(mine, other, other, List.of())));
    }

    @Test
    void eachCheckpointNamesTheOneBeforeIt() {
        CheckpointSigner signer = new CheckpointSigner(config(mine, mine, other, List.of()));
        Checkpoint first = signer.sign("consent", 1, "d".repeat(64), Instant.now(), ChainHash.GENESIS);
        Checkpoint second = signer.sign("consent", 2, "e".repeat(64), Instant.now(), first.digest());
        assertEquals(first.digest(), second.previous());
        assertEquals(ChainHash.sha256(first.signedForm()), first.digest());
        assertTrue(first.signedForm().startsWith("24:kura-ledger-checkpoint/1;7:consent;1:1;64:"));
    }

    private static KeyPair keyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKey(KeyPair pair) {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    private static LedgerConfig config(KeyPair privateOf, KeyPair publicOf, KeyPair witnessed, List<String> retired) {
        String privateKey = Base64.getEncoder().encodeToString(privateOf.getPrivate().getEncoded());
        return new LedgerConfig() {
            @Override
            public Signing signing() {
                return new Signing() {
                    @Override
                    public String privateKey() {
                        return privateKey;
                    }

                    @Override
                    public String publicKey() {
                        return CheckpointSignerTest.publicKey(publicOf);
                    }

                    @Override
                    public Optional<List<String>> retiredPublicKeys() {
                        return Optional.of(retired);
                    }
                };
            }

            @Override
            public CheckpointSchedule checkpoints() {
                throw new UnsupportedOperationException();
            }

            @Override
            public WitnessOf witness() {
                return new WitnessOf() {
                    @Override
                    public String ledger() {
                        return "consent";
                    }

                    @Override
                    public String publicKey() {
                        return CheckpointSignerTest.publicKey(witnessed);
                    }

                    @Override
                    public Optional<List<String>> retiredPublicKeys() {
                        return Optional.empty();
                    }
                };
            }
        };
    }
}
