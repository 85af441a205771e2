package com.japanautoparts.kura.payment.config;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "payment")
public interface PaymentConfig {

    Contact contact();

    Retention retention();

    Encryption encryption();

    interface Encryption {

        /**
         * Base64 of the 256-bit AES key that encrypts each order's contact snapshot at rest ({@code PAYMENT_ENCRYPTION_KEY};
         * development and test keys under %dev and %test only).
         */
        String key();
    }

    interface Contact {

        /** Seconds a caller is told to wait (Retry-After) when contact-service cannot be reached. */
        @WithDefault("5")
        int retryAfterSeconds();
    }

    /** How long orders are kept; the README gives the reason. Schedule and batch size are kura.retention.* (kura-common). */
    interface Retention {

        /**
         * A completed order (delivered, cancelled or refunded, or pseudonymised) is kept this long
         * for the books, then deleted with its lines and status history.
         */
        @WithDefault("P7Y")
        Period ordersAfterCompletion();
    }
}
