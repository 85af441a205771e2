package com.japanautoparts.kura.web.rest;

import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * A page request's {@code X-Request-Id}, the one the gateway gave it, goes into the logging MDC as {@code requestId}: this
 * module's own log lines name it as every service's do (kura-common's RequestIds, which this module, with no database,
 * does not use), and {@link com.japanautoparts.kura.web.client.GatewayHeaders} passes it on with the page's calls. Only
 * a well-formed id is taken, the form the gateway and the services accept; anything else is left out, never logged.
 */
@Singleton
public class PageRequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Before every other filter, so every line written for the request names it. */
    private static final int PRIORITY = 2000;

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String id = accepted(ctx.request().getHeader(HEADER));
            if (id == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, id);
            }
            ctx.next();
        }, PRIORITY);
    }

    /** The id when it is well-formed, else null. */
    public static String accepted(String id) {
        return id != null && WELL_FORMED.matcher(id).matches() ? id : null;
    }
}
