package com.japanautoparts.kura.contact.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "contact")
public interface ContactConfig {

    Encryption encryption();

    interface Encryption {

        /** Base64 of the 256-bit AES key that encrypts every personal field at rest. */
        String key();

        /** Base64 of the HMAC-SHA256 key for exact-match look-up of encrypted emails. */
        String lookupKey();
    }
}
