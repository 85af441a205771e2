package com.japanautoparts.kura.gateway.proxy;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.problem.ProblemTypes;
import com.japanautoparts.kura.gateway.config.GatewayConfig;

import io.vertx.core.http.HttpHeaders;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Refuses a body announced larger than {@code gateway.proxy.max-body-bytes} (or the route's own
 * {@code gateway.proxy.route-max-body-bytes.<route>}) with a 413 problem before anything reads it, and before the
 * HTTP layer's own limit, which answers without a body. A chunked body without a length is cut off by that limit
 * ({@code quarkus.http.limits.max-body-size}, the largest route limit) instead, and the service applies its own.
 */
@Singleton
public class BodyLimit {

    private static final String ROUTE_PREFIX = "/api/";

    private final GatewayConfig config;
    private final ObjectMapper json;

    public BodyLimit(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length, limitFor(ctx.normalizedPath()))) {
                ReverseProxy.problem(json, ctx, 413, "Content Too Large", ProblemTypes.ABOUT_BLANK,
                        "The request body is too large", null);
                return;
            }
            ctx.next();
        }, 900);
    }

    /** The limit of the route {@code /api/<route>/...}, else the default. */
    private long limitFor(String path) {
        if (path.startsWith(ROUTE_PREFIX)) {
            int end = path.indexOf('/', ROUTE_PREFIX.length());
            String route = end < 0 ? path.substring(ROUTE_PREFIX.length()) : path.substring(ROUTE_PREFIX.length(), end);
            Long routeLimit = config.proxy().routeMaxBodyBytes().get(route);
            if (routeLimit != null) {
                return routeLimit;
            }
        }
        return config.proxy().maxBodyBytes();
    }

    private static boolean tooLarge(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
