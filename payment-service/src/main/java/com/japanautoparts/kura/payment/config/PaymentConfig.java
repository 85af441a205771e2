package com.japanautoparts.kura.payment.config;

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

    interface Retention {

        /** Years a pseudonymised order is kept for the books (tax and company law). */
        @WithDefault("7")
        int orderYears();
    }
}
