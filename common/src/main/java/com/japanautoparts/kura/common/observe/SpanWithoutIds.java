package com.japanautoparts.kura.common.observe;

import java.util.List;
import java.util.regex.Pattern;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Keeps personal data out of every span, before any exporter sees it. quarkus-opentelemetry records the raw path
 * ({@code url.path}: {@code /internal/subjects/<customer id>/erase}), the query, the full URL of each client call, the
 * caller's address and user agent when a span starts; this processor runs right then and overwrites them: in paths every
 * segment that is not a lowercase word becomes {@code {id}} ({@code /internal/subjects/{id}/erase}), the query, addresses
 * and user agent become {@value #REDACTED}. Span names are path templates already ({@code POST
 * /internal/subjects/{customerId}/erase}, {@code GET /api/contacts/{rest}}), and JDBC spans carry sanitized statements
 * ({@code ?} for every value). The route template ({@code http.route}) is added at the end and holds no value.
 */
public final class SpanWithoutIds implements SpanProcessor {

    static final String REDACTED = "{redacted}";
    static final String ID = "{id}";
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,39}");
    private static final List<AttributeKey<String>> PATHS = List.of(
            AttributeKey.stringKey("url.path"), AttributeKey.stringKey("http.target"));
    private static final List<AttributeKey<String>> URLS = List.of(
            AttributeKey.stringKey("url.full"), AttributeKey.stringKey("http.url"));
    private static final List<AttributeKey<String>> REDACTED_VALUES = List.of(
            AttributeKey.stringKey("url.query"), AttributeKey.stringKey("client.address"),
            AttributeKey.stringKey("network.peer.address"), AttributeKey.stringKey("user_agent.original"),
            AttributeKey.stringKey("http.client_ip"), AttributeKey.stringKey("net.sock.peer.addr"),
            AttributeKey.stringKey("http.user_agent"), AttributeKey.stringKey("enduser.id"));

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        for (AttributeKey<String> key : PATHS) {
            String path = span.getAttribute(key);
            if (path != null) {
                span.setAttribute(key, withoutIds(path));
            }
        }
        for (AttributeKey<String> key : URLS) {
            String url = span.getAttribute(key);
            if (url != null) {
                span.setAttribute(key, urlWithoutIds(url));
            }
        }
        for (AttributeKey<String> key : REDACTED_VALUES) {
            if (span.getAttribute(key) != null) {
                span.setAttribute(key, REDACTED);
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // Nothing: the attributes are settled when the span starts.
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    /** A path with every segment that is not a lowercase word ({@code contacts}, {@code access-log}) as {@code {id}}. */
    static String withoutIds(String path) {
        String bare = cut(path, '?', '#');
        StringBuilder out = new StringBuilder(bare.length());
        int start = 0;
        while (start <= bare.length()) {
            int end = bare.indexOf('/', start);
            if (end < 0) {
                end = bare.length();
            }
            String segment = bare.substring(start, end);
            out.append(segment.isEmpty() || WORD.matcher(segment).matches() ? segment : ID);
            if (end < bare.length()) {
                out.append('/');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** A URL as scheme, host and port, and its path without ids; no query, no user information. */
    static String urlWithoutIds(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return withoutIds(url);
        }
        int pathStart = url.indexOf('/', scheme + 3);
        String authority = pathStart < 0 ? url.substring(scheme + 3) : url.substring(scheme + 3, pathStart);
        authority = cut(authority, '?', '#');
        int at = authority.lastIndexOf('@');
        String origin = url.substring(0, scheme + 3) + (at < 0 ? authority : authority.substring(at + 1));
        return pathStart < 0 ? origin : origin + withoutIds(url.substring(pathStart));
    }

    private static String cut(String value, char... stops) {
        int end = value.length();
        for (char stop : stops) {
            int at = value.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return value.substring(0, end);
    }
}
