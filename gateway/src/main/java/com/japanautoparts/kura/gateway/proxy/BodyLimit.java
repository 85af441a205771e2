package com.japanautoparts.kura.gateway.proxy;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.problem.ProblemTypes;
import com.japanautoparts.kura.common.problem.VertxProblems;
import com.japanautoparts.kura.gateway.config.GatewayConfig;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Refuses a body announced larger than {@code gateway.proxy.max-body-bytes} (or the route's own
 * {@code gateway.proxy.route-max-body-bytes.<route>}) with a 413 problem before anything reads it. A chunked body
 * without a length is cut off at the same limit by {@link ReverseProxy} while it reads it for the screen, with the same
 * problem; kura-common's HttpEdge refuses anything above {@code quarkus.http.limits.max-body-size} (the largest route
 * limit) for every path.
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
                tooLarge(json, ctx);
                return;
            }
            ctx.next();
        }, 900);
    }

    static void tooLarge(ObjectMapper json, RoutingContext ctx) {
        VertxProblems.send(json, ctx, new Problem(ProblemTypes.ABOUT_BLANK, "Content Too Large", 413, "The request body is too large",
                null, List.of()), Map.of());
    }

    /** The limit of the route {@code /api/<route>/...}, else the default. */
    long limitFor(String path) {
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
