package com.japanautoparts.kura.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.provider.Arguments;

/**
 * A request body that must be refused with a 4xx problem, never a 5xx, and never change stored data.
 *
 * @param name what is wrong with it (shown as the test's name)
 * @param contentType the content type sent
 * @param body the raw bytes sent
 */
public record BadBody(String name, String contentType, byte[] body) {

    public static final String JSON = "application/json";
    /** Bodies above this are refused by every service but clickstream-service with a 413 problem (kura.http.max-body-size). */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    public static BadBody json(String name, String body) {
        return new BadBody(name, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    public Arguments asArguments() {
        return Arguments.of(this);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Bodies every JSON endpoint must refuse, whatever its schema. */
    public static List<BadBody> generic() {
        return List.of(
                json("truncated object", "{"),
                json("not JSON at all", "this is not json"),
                json("empty body", ""),
                json("JSON null", "null"),
                json("array instead of object", "[]"),
                json("bare string", "\"hello\""),
                json("bare number", "42"),
                json("missing value", "{\"a\":}"),
                json("trailing garbage", "{} garbage"),
                json("unknown field", "{\"surprise\": true}"),
                json("deeply nested arrays", "[".repeat(5000) + "]".repeat(5000)),
                new BadBody("invalid UTF-8", JSON, new byte[] { '{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}' }),
                new BadBody("wrong content type", "text/plain", "{}".getBytes(StandardCharsets.UTF_8)),
                json("oversize body", "{\"x\":\"" + "a".repeat(MAX_BODY_BYTES + 1) + "\"}"));
    }
}
