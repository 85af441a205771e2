package com.japanautoparts.kura.common.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.japanautoparts.kura.common.input.Refusal.Reason;

/**
 * Screens the target of a request, its path and query as they arrive (still percent-encoded), before routing:
 * anything but printable ASCII and well-formed percent-escapes, escapes that decode to anything but well-formed
 * UTF-8, and decoded control characters ({@code %00}) are a 400; a payment card number anywhere in the decoded path or
 * in a query parameter (also spread over several consecutive parameters) is a 422. Pure; common's {@link HttpEdge}
 * runs it for every request of every service and of the gateway.
 */
public final class RequestTargets {

    private static final String PATH = "path";

    private RequestTargets() {
    }

    public static Optional<Refusal> screen(String path, String query) {
        if (path != null) {
            Optional<Refusal> refusal = screenPart(path, false, PATH, "The path");
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        JsonScreen.Pieces pieces = new JsonScreen.Pieces();
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            Optional<String> name = decode(rawName, true);
            String field = name.filter(RequestTargets::isPlainName).map(n -> "query parameter " + n).orElse("a query parameter");
            String subject = name.filter(RequestTargets::isPlainName).map(n -> "Query parameter '" + n + "'").orElse("A query parameter");
            Optional<Refusal> refusal = screenPart(rawName, true, field, subject);
            if (refusal.isEmpty()) {
                refusal = screenPart(rawValue, true, field, subject);
            }
            if (refusal.isPresent()) {
                return refusal;
            }
            String value = decode(rawValue, true).orElse("");
            if (pieces.add(CardNumbers.digitsOnly(value.toCharArray(), 0, value.length()))) {
                return Optional.of(new Refusal(Reason.CARD_NUMBER, field, subject));
            }
        }
        return Optional.empty();
    }

    /**
     * Screens an {@code application/x-www-form-urlencoded} body (a browser form) for card numbers only: in any decoded
     * name or value, or spread over consecutive fields; a 422 naming the field. Form fields are free text (a textarea
     * may hold line breaks), so control characters and malformed escapes are left to whoever reads the form.
     */
    public static Optional<Refusal> screenForm(String body) {
        JsonScreen.Pieces pieces = new JsonScreen.Pieces();
        for (String pair : body.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true).orElse("");
            String value = decode(eq < 0 ? "" : pair.substring(eq + 1), true).orElse("");
            String field = isPlainName(name) ? "form field " + name : "a form field";
            String subject = isPlainName(name) ? "Form field '" + name + "'" : "A form field";
            if (CardNumbers.in(name) || CardNumbers.in(value) || pieces.add(CardNumbers.digitsOnly(value.toCharArray(), 0, value.length()))) {
                return Optional.of(new Refusal(Reason.CARD_NUMBER, field, subject));
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> screenPart(String raw, boolean query, String field, String subject) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return Optional.of(new Refusal(Reason.INVALID_URI, field, subject));
            }
        }
        byte[] bytes = percentDecode(raw, query);
        if (bytes == null) {
            return Optional.of(new Refusal(Reason.INVALID_URI, field, subject));
        }
        if (!Text.isUtf8(bytes)) {
            return Optional.of(new Refusal(Reason.NOT_UTF8, field, subject));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (CardNumbers.in(text)) {
            return Optional.of(new Refusal(Reason.CARD_NUMBER, field, subject));
        }
        if (hasControl(text) || Text.hasForbiddenCharacter(text)) {
            return Optional.of(new Refusal(Reason.CONTROL_CHARACTER, field, subject));
        }
        return Optional.empty();
    }

    /** Decoded text of a well-formed part, if it is one. */
    private static Optional<String> decode(String raw, boolean query) {
        byte[] bytes = percentDecode(raw, query);
        return bytes == null || !Text.isUtf8(bytes) ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The bytes the escapes stand for; null when an escape is malformed ({@code %u0041}, {@code %G0}, a lone %). */
    static byte[] percentDecode(String raw, boolean query) {
        if (raw.indexOf('%') < 0 && (!query || raw.indexOf('+') < 0)) {
            return raw.getBytes(StandardCharsets.ISO_8859_1);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && query) {
                bytes.write(' ');
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** Paths and query values are single-line: no control character at all, tab and line breaks included. */
    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.length() > 64 || CardNumbers.in(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
