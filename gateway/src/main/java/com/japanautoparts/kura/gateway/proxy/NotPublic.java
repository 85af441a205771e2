package com.japanautoparts.kura.gateway.proxy;

import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.problem.ProblemTypes;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * What the gateway's public port never serves, whatever the token: {@code /q/*} (health, metrics, OpenAPI and Swagger
 * UI are on the management interface, its own port) and {@code /internal/*} (its own retention API, which the privacy
 * officer reaches as {@code /api/retention/gateway/*}). Both answer 404 problem+json before routing, on the normalized
 * path (dot segments and escapes resolved, repeated slashes folded), so no spelling reaches them.
 */
@Singleton
public class NotPublic {

    /** Compiled once: this runs on every request the gateway receives. */
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private final ObjectMapper json;

    public NotPublic(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            if (hidden(ctx.normalizedPath())) {
                ReverseProxy.problem(json, ctx, 404, "Not Found", ProblemTypes.ABOUT_BLANK, "No such resource", null);
                return;
            }
            ctx.next();
        }, 1000);
    }

    static boolean hidden(String normalizedPath) {
        String path = normalizedPath.contains("//") ? REPEATED_SLASHES.matcher(normalizedPath).replaceAll("/") : normalizedPath;
        return under(path, "/q") || under(path, "/internal");
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
