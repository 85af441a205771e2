package com.japanautoparts.kura.gateway.proxy;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.problem.ProblemTypes;
import com.japanautoparts.kura.gateway.config.GatewayConfig;

import io.vertx.core.http.HttpHeaders;
import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Refuses a body announced larger than {@code gateway.proxy.max-body-bytes} with a 413 problem before anything
 * reads it (and before the HTTP layer's own limit, which answers without a body). A chunked body without a length
 * is cut off by that limit ({@code quarkus.http.limits.max-body-size}) instead.
 */
@Singleton
public class BodyLimit {

    private final GatewayConfig config;
    private final ObjectMapper json;

    public BodyLimit(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLarge(length)) {
                ReverseProxy.problem(json, ctx, 413, "Content Too Large", ProblemTypes.ABOUT_BLANK,
                        "The request body is too large", null);
                return;
            }
            ctx.next();
        }, 900);
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > config.proxy().maxBodyBytes();
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
