package com.japanautoparts.kura.ledger;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kura.ledger.*}: the service's checkpoint key, the checkpoint schedule and the ledger it witnesses. */
@ConfigMapping(prefix = "kura.ledger")
public interface LedgerConfig {

    Signing signing();

    CheckpointSchedule checkpoints();

    WitnessOf witness();

    /** The Ed25519 key pair that signs this service's checkpoints, base64 DER (from a Secret; a test pair under %test). */
    interface Signing {

        /** PKCS#8. */
        String privateKey();

        /** X.509 SubjectPublicKeyInfo. */
        String publicKey();

        /** Public keys this service signed with before (X.509, base64): their checkpoints still verify. */
        Optional<List<String>> retiredPublicKeys();
    }

    interface CheckpointSchedule {

        /** How often the head is signed, when it moved ({@code off} switches the schedule off). */
        @WithDefault("10m")
        String every();

        /** How often checkpoints the witness has not confirmed yet are handed to it again. */
        @WithDefault("1m")
        String retryEvery();

        @WithDefault("1m")
        String firstRunDelay();

        /** Retry-After of the 503 problem when this service's witness cannot be reached. */
        @WithDefault("30")
        int retryAfterSeconds();
    }

    /** The other service's ledger, whose checkpoints this service keeps. */
    interface WitnessOf {

        /** Its name in its checkpoints ({@code consent}, {@code disclosure}). */
        String ledger();

        /** The public key its checkpoints must verify with (X.509, base64). */
        String publicKey();

        /** Public keys it signed with before. */
        Optional<List<String>> retiredPublicKeys();
    }
}
