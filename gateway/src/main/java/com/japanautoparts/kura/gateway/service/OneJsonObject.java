package com.japanautoparts.kura.gateway.service;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;

/**
 * Whether bytes that arrive in pieces are one JSON object and nothing else (well-formed UTF-8 included), checked as they
 * arrive by Jackson's non-blocking parser, which skips over the members: nothing is built from them, and no piece is
 * kept once checked. A service's export part is stored as it came only when it passes.
 */
final class OneJsonObject {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonParser parser;
    private final ByteArrayFeeder feeder;
    private int depth;
    private boolean started;
    private boolean ended;
    private boolean refused;

    OneJsonObject() {
        try {
            parser = JSON.createNonBlockingByteArrayParser();
        } catch (IOException e) {
            throw new IllegalStateException("No JSON parser", e);
        }
        feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
    }

    /** The whole document at once. */
    static boolean isOneObject(byte[] document) {
        OneJsonObject check = new OneJsonObject();
        return document != null && check.feed(document, 0, document.length) && check.end();
    }

    /** The next piece; false as soon as what has arrived cannot begin one JSON object (then it stays false). */
    boolean feed(byte[] bytes, int from, int to) {
        if (refused || from == to) {
            return !refused;
        }
        try {
            feeder.feedInput(bytes, from, to);
        } catch (IOException e) {
            refused = true;
            return false;
        }
        return drain();
    }

    /** No more pieces: whether they were one JSON object, whole, and nothing after it. */
    boolean end() {
        if (refused) {
            return false;
        }
        feeder.endOfInput();
        return drain() && ended;
    }

    private boolean drain() {
        try {
            for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.NOT_AVAILABLE; token = parser.nextToken()) {
                if (ended || (!started && token != JsonToken.START_OBJECT)) {
                    refused = true;
                    return false;
                }
                started = true;
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd() && --depth == 0) {
                    ended = true;
                }
            }
            return true;
        } catch (IOException e) {
            refused = true;
            return false;
        }
    }
}
