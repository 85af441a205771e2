package com.japanautoparts.kura.gateway.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A service's export answer is kept as it came only when it is one JSON object and nothing else (no Quarkus start). */
class ExportAnswerTest {

    @Test
    void oneObjectWithAnyMembersIsAnExport() {
        for (String export : new String[] {"{}", " {\"service\":\"contact-service\",\"orders\":[{\"id\":1,\"name\":\"鷲見\"},[],null]}\n",
            "{\"a\":{\"b\":{\"c\":[1,2.5,true,\"x\"]}}}"}) {
            assertTrue(SubjectHookClient.isOneObject(bytes(export)), export);
        }
    }

    @Test
    void anythingElseIsNot() {
        for (String export : new String[] {"", " ", "null", "[1]", "\"text\"", "42", "{\"a\":1", "{\"a\":1}}", "{}{}", "{} x",
            "{\"a\":[1,}", "{a:1}", "<html></html>", "{\"a\":\"unterminated}"}) {
            assertFalse(SubjectHookClient.isOneObject(bytes(export)), export);
        }
        assertFalse(SubjectHookClient.isOneObject(null));
        assertFalse(SubjectHookClient.isOneObject(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'}), "not UTF-8");
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
