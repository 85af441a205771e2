package com.japanautoparts.kura.common.observe;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Every request carries an {@code X-Request-Id}: the caller's when it is well-formed (the gateway's, passed on by every
 * service), else a new one. It is set on the incoming request (so the gateway's proxy passes it on), on the response,
 * and in the logging MDC as {@code requestId}, so every log line written for the request names it; {@link
 * RequestIdHeader} passes it on to every REST call made while handling it. It is never personal data: the caller's
 * value is accepted only in the form of an id.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key: {@code %X{requestId}} in the log format, a field of the JSON logs' {@code mdc}. */
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Before every other filter (the gateway's 404 for /q and /internal included), so every answer names its id. */
    static final int PRIORITY = 2000;

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String id = accepted(ctx.request().getHeader(HEADER));
            if (id == null) {
                id = newId();
                ctx.request().headers().set(HEADER, id);
            }
            MDC.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        }, PRIORITY);
    }

    /** The caller's id when it is well-formed, else null. */
    public static String accepted(String id) {
        return id != null && WELL_FORMED.matcher(id).matches() ? id : null;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The id of the request being handled on this thread or context, if any. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
