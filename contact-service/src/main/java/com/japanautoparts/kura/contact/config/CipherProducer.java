package com.japanautoparts.kura.contact.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.japanautoparts.kura.common.crypto.FieldCipher;

/** contact-service's field cipher (kura-common's), with its keys from {@code contact.encryption.*}. */
public class CipherProducer {

    @Produces
    @Singleton
    FieldCipher cipher(ContactConfig config) {
        return new FieldCipher(config.encryption().key(), "contact.encryption.key", config.encryption().lookupKey(),
                "contact.encryption.lookup-key");
    }
}
