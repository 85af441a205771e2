package com.japanautoparts.kura.contact.config;

import java.time.Period;

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

    /** How long each category is kept (calendar periods); the README gives the reason for each default. */
    interface Retention {

        /** Contact data of a customer with no activity for this long is deleted. */
        @WithDefault("P3Y")
        Period inactiveCustomers();

        /** Change-history entries older than this are deleted. */
        @WithDefault("P2Y")
        Period changeHistory();

        /** Under storage pressure, change history is kept only this long. */
        @WithDefault("P90D")
        Period changeHistoryUnderPressure();
    }
}
