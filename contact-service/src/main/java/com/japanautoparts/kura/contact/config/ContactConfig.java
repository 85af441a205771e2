package com.japanautoparts.kura.contact.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "contact")
public interface ContactConfig {

    Encryption encryption();

    Retention retention();

    interface Encryption {

        /** Base64 of the 256-bit AES key that encrypts every personal field at rest. */
        String key();

        /** Base64 of the HMAC-SHA256 key for exact-match look-up of encrypted emails. */
        String lookupKey();
    }

    /** How long each category is kept; the README gives the reason for each default. */
    interface Retention {

        /** Contact data of a customer with no activity for this long is deleted (3 years). */
        @WithDefault("P1095D")
        Duration inactiveCustomers();

        /** Change-history entries older than this are deleted (2 years). */
        @WithDefault("P730D")
        Duration changeHistory();

        /** Under storage pressure, change history is kept only this long (90 days). */
        @WithDefault("P90D")
        Duration changeHistoryUnderPressure();

        /** Rows deleted per transaction, so a purge never holds long locks. */
        @WithDefault("1000")
        int batchSize();
    }
}
