package com.japanautoparts.kura.payment.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "payment")
public interface PaymentConfig {

    Contact contact();

    Retention retention();

    interface Contact {

        /** Seconds a caller is told to wait (Retry-After) when contact-service cannot be reached. */
        @WithDefault("5")
        int retryAfterSeconds();
    }

    /** How long orders are kept; the README gives the reason for each default. */
    interface Retention {

        /**
         * A completed order (delivered, cancelled or refunded, or pseudonymised) is kept this long
         * for the books, then deleted with its lines and status history (7 years: 2557 days).
         */
        @WithDefault("P2557D")
        Duration ordersAfterCompletion();

        /** Orders deleted per transaction, so a purge never holds long locks. */
        @WithDefault("500")
        int batchSize();

        /** How often the scheduled purge runs (a Quarkus scheduler "every" value; "off" disables it). */
        @WithDefault("6h")
        String every();

        /** How long after start-up the first scheduled purge runs. */
        @WithDefault("10m")
        String firstRunDelay();
    }
}
