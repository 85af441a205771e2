package com.japanautoparts.kura.payment.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector alone: which bodies hold card data and which merely hold digits. */
class CardDataDetectorTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"note\": \"4111111111111111\"}",
            "{\"note\": \"card 4111 1111 1111 1111 thanks\"}",
            "{\"note\": \"4111-1111-1111-1111\"}",
            "{\"n\": 4111111111111111}",
            "{\"note\": \"qty 2 4111 1111 1111 1111\"}",
            "{\"amex\": \"378282246310005\"}",
            "{\"jcb\": \"3530111333300000\"}",
            "{\"nineteen\": \"6222021200012345679\"}",
            "{\"escaped\": \"\\u0034111111111111111\"}",
            "{\"cvv\": \"123\"}",
            "{\"paymentMethod\": {\"CVC\": 123}}",
            "{\"securityCode\": \"1234\"}",
            "{\"security_code\": \"1234\"}",
            "{\"\\u0063vv\": \"123\"}",
            "{\"broken\": \"4111111111111111\"",
            "4111111111111111" })
    void refuses(String body) {
        assertTrue(CardDataDetector.holdsCardData(body.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"note\": \"4111111111111112\"}",
            "{\"note\": \"411111111111\"}",
            "{\"tracking\": \"4567-8901-2345\"}",
            "{\"last4\": \"4242\", \"expiryYear\": 2030, \"expiryMonth\": 12}",
            "{\"quantity\": 2, \"unitPrice\": 12800}",
            "{\"orderId\": \"0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91\"}",
            "{\"cvvHelp\": \"none\", \"security\": \"tls\"}",
            "{}" })
    void accepts(String body) {
        assertFalse(CardDataDetector.holdsCardData(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void luhn() {
        assertTrue(CardDataDetector.luhn("4242424242424242"));
        assertTrue(CardDataDetector.luhn("5555555555554444"));
        assertFalse(CardDataDetector.luhn("4242424242424241"));
    }
}
