package com.japanautoparts.kura.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.japanautoparts.kura.common.input.Refusal.Reason;

/** The body screen alone: what it refuses, why, and which field it names. */
class JsonScreenTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"note\": \"4111111111111111\"}                                   | CARD_NUMBER | note",
            "{\"lines\": [{\"name\": \"x\"}, {\"name\": \"4111.1111.1111.1111\"}]} | CARD_NUMBER | lines[1].name",
            "{\"a\": {\"b\": [\"ok\", \"\\uff14\\uff11\\uff11\\uff11 \\uff11\\uff11\\uff11\\uff11 \\uff11\\uff11\\uff11\\uff11 \\uff11\\uff11\\uff11\\uff11\"]}} | CARD_NUMBER | a.b[1]",
            "{\"escaped\": \"\\u0034111111111111111\"}                          | CARD_NUMBER | escaped",
            "{\"n\": 4111111111111111}                                          | CARD_NUMBER | n",
            "{\"n\": 4111111111111111.0}                                        | CARD_NUMBER | n",
            "{\"region\": \"4111\", \"locality\": \"1111\", \"line1\": \"1111\", \"line2\": \"1111\"} | CARD_NUMBER | line2",
            "{\"a\": 4111, \"b\": 1111, \"c\": 1111, \"d\": 1111}                 | CARD_NUMBER | d",
            "{\"a\": [\"378282\", \"246310005\"]}                               | CARD_NUMBER | a[1]",
            "{\"cvv\": \"123\"}                                                 | SECURITY_CODE | cvv",
            "{\"paymentMethod\": {\"CVC\": 123}}                                | SECURITY_CODE | paymentMethod.CVC",
            "{\"security_code\": \"1234\"}                                      | SECURITY_CODE | security_code",
            "{\"name\": \"Ha\\u0000na\"}                                        | CONTROL_CHARACTER | name",
            "{\"name\": \"Ha\\u001bna\"}                                        | CONTROL_CHARACTER | name",
            "{\"name\": \"Ha\\u0085na\"}                                        | CONTROL_CHARACTER | name",
            "{\"name\": \"\\ud800\"}                                            | CONTROL_CHARACTER | name",
            "{\"big\": 1e999999999}                                            | NUMBER_OUT_OF_RANGE | big",
            "{\"big\": 123456789012345678901234567890123456789012345}           | NUMBER_OUT_OF_RANGE | big",
            "{\"broken\": \"4111111111111111\"                                  | CARD_NUMBER | broken",
            "4111111111111111                                                  | CARD_NUMBER | body" })
    void refuses(String body, Reason reason, String field) {
        Optional<Refusal> refusal = JsonScreen.screen(body.strip().getBytes(StandardCharsets.UTF_8));
        assertTrue(refusal.isPresent(), body);
        assertEquals(reason, refusal.get().reason());
        assertEquals(field, refusal.get().field());
        assertFalse(refusal.get().detail().contains("4111"), "the detail never echoes the value");
    }

    @Test
    void refusesOverlongUtf8BeforeDecodingIt() {
        byte[] body = { '{', '"', 'a', '"', ':', '"', 'a', (byte) 0xc0, (byte) 0xaf, 'b', '"', '}' };
        assertEquals(Reason.NOT_UTF8, JsonScreen.screen(body).orElseThrow().reason());
    }

    /** An epoch time with a fraction reads as 19 digits if its dot were a separator; its integer part is what counts. */
    @Test
    void aDecimalNumberIsScreenedByItsIntegerPart() {
        assertTrue(JsonScreen.screen("{\"at\": 1796152708.600000000}".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertEquals(Reason.CARD_NUMBER, JsonScreen.screen("{\"n\": 4111111111111111.5}".getBytes(StandardCharsets.UTF_8))
                .orElseThrow().reason());
    }

    @Test
    void refusesDeepNesting() {
        String body = "[".repeat(JsonScreen.MAX_DEPTH + 1) + "]".repeat(JsonScreen.MAX_DEPTH + 1);
        assertEquals(Reason.TOO_DEEP, JsonScreen.screen(body.getBytes(StandardCharsets.UTF_8)).orElseThrow().reason());
    }

    @Test
    void doesNotEchoUnusualMemberNames() {
        Refusal refusal = JsonScreen.screen("{\"hanako@example.jp\": {\"x\": \"4111111111111111\"}}".getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertEquals("?.x", refusal.field());
        Refusal name = JsonScreen.screen("{\"a\": {\"4111111111111111\": 1}}".getBytes(StandardCharsets.UTF_8)).orElseThrow();
        assertEquals(Reason.CARD_NUMBER, name.reason());
        assertFalse(name.detail().contains("4111"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"note\": \"4111111111111112\"}",
            "{\"tracking\": \"4567-8901-2345\"}",
            "{\"last4\": \"4242\", \"expiryMonth\": 12, \"expiryYear\": 2030, \"processorId\": \"processor-kpay\"}",
            "{\"processorToken\": \"tok\", \"brand\": \"JCB\", \"last4\": \"4242\", \"expiryMonth\": 12, \"expiryYear\": 2030}",
            "{\"quantity\": 2, \"unitPrice\": 12800}",
            "{\"version\": \"2026-12\", \"effectiveDate\": \"2026-12-01\", \"summary\": \"line one\\nline two\"}",
            "{\"orderId\": \"0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91\"}",
            "{\"textSha256\": \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"}",
            "{\"events\": [{\"type\": \"feature_used\", \"feature\": \"search\", \"durationMs\": 45000, \"clientIp\": \"203.0.113.7\"}]}",
            "{\"cvvHelp\": \"none\", \"security\": \"tls\", \"code\": \"x\"}",
            "{\"name\": \"山田 花子\", \"emoji\": \"\\ud83d\\ude97\"}",
            "{\"big\": 12345.678, \"small\": 1e-5, \"neg\": -42}",
            "not json at all",
            "{}",
            "" })
    void accepts(String body) {
        assertEquals(Optional.empty(), JsonScreen.screen(body.getBytes(StandardCharsets.UTF_8)), body);
    }
}
