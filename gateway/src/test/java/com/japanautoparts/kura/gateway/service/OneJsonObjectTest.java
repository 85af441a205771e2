package com.japanautoparts.kura.gateway.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A service's export answer is kept as it came only when it is one JSON object and nothing else, checked as its pieces
 * arrive: the verdict is the same whole, byte by byte, or cut anywhere (no Quarkus start).
 */
class OneJsonObjectTest {

    static final String[] EXPORTS = {"{}", " {\"service\":\"contact-service\",\"orders\":[{\"id\":1,\"name\":\"鷲見\"},[],null]}\n",
        "{\"a\":{\"b\":{\"c\":[1,2.5,true,\"x\"]}}}", "{\"n\":-12.5e3,\"s\":\"\\\"} ] {\\u00e9\",\"k\":\"ブレーキパッド\"}"};

    static final String[] NOT_EXPORTS = {"", " ", "null", "[1]", "\"text\"", "42", "{\"a\":1", "{\"a\":1}}", "{}{}", "{} x",
        "{\"a\":[1,}", "{a:1}", "<html></html>", "{\"a\":\"unterminated}", "{\"a\":1} 2"};

    @Test
    void oneObjectWithAnyMembersIsAnExportHoweverItArrives() {
        for (String export : EXPORTS) {
            assertTrue(OneJsonObject.isOneObject(bytes(export)), export);
            assertTrue(inPieces(bytes(export), 1), export + " byte by byte");
            for (int cut = 0; cut <= bytes(export).length; cut++) {
                assertTrue(cutAt(bytes(export), cut), export + " cut at " + cut);
            }
        }
    }

    @Test
    void anythingElseIsNotHoweverItArrives() {
        for (String export : NOT_EXPORTS) {
            assertFalse(OneJsonObject.isOneObject(bytes(export)), export);
            assertFalse(inPieces(bytes(export), 1), export + " byte by byte");
            assertFalse(inPieces(bytes(export), 3), export + " three bytes at a time");
        }
        assertFalse(OneJsonObject.isOneObject(null));
        byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
        assertFalse(OneJsonObject.isOneObject(notUtf8), "not UTF-8");
        assertFalse(inPieces(notUtf8, 1), "not UTF-8, byte by byte");
    }

    @Test
    void aRefusalIsFinal() {
        OneJsonObject check = new OneJsonObject();
        assertFalse(check.feed(bytes("[1]"), 0, 3));
        assertFalse(check.feed(bytes("{}"), 0, 2));
        assertFalse(check.end());
        assertTrue(new OneJsonObject().feed(new byte[0], 0, 0), "an empty piece changes nothing");
    }

    private static boolean inPieces(byte[] document, int size) {
        OneJsonObject check = new OneJsonObject();
        for (int from = 0; from < document.length; from += size) {
            if (!check.feed(document, from, Math.min(document.length, from + size))) {
                return false;
            }
        }
        return check.end();
    }

    private static boolean cutAt(byte[] document, int cut) {
        OneJsonObject check = new OneJsonObject();
        return check.feed(document, 0, cut) && check.feed(document, cut, document.length) && check.end();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
