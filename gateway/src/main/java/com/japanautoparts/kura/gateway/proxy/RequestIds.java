package com.japanautoparts.kura.gateway.proxy;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Every request carries an {@code X-Request-Id}: the caller's when it is well-formed, else a new one.
 * It is set on the incoming request (so the proxy passes it on) and on the response.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String id = ctx.request().getHeader(HEADER);
            if (id == null || !WELL_FORMED.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                ctx.request().headers().set(HEADER, id);
            }
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        }, 1000);
    }
}
