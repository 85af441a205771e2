package com.japanautoparts.kura.payment.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.japanautoparts.kura.common.crypto.FieldCipher;

/** payment-service's field cipher (kura-common's), with its own key from {@code payment.encryption.key}. */
public class CipherProducer {

    @Produces
    @Singleton
    FieldCipher cipher(PaymentConfig config) {
        return FieldCipher.fromBase64(config.encryption().key(), "payment.encryption.key");
    }
}
