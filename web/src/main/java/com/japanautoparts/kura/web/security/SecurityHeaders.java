package com.japanautoparts.kura.web.security;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import com.japanautoparts.kura.web.config.WebConfig;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Headers on every response. A strict Content-Security-Policy: scripts, styles and images from this origin only (no
 * inline script or style, no eval), no plugins, no framing, forms only to this origin and to the identity provider (a
 * form post whose session has ended is redirected to the login, and signing out goes through Keycloak's end-session
 * endpoint: browsers apply form-action to those redirects). Pages with personal data are never cached or sent as a
 * referrer.
 */
@Singleton
public class SecurityHeaders {

    private final String policy;

    public SecurityHeaders(WebConfig web, Config config) {
        Optional<String> authServer = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class);
        String provider = web.identityProviderOrigin().or(() -> authServer.map(SecurityHeaders::origin)).orElse("");
        this.policy = contentSecurityPolicy(provider);
    }

    /** The policy; {@code identityProvider} is an origin such as {@code https://auth.kura.example.com}, or empty. */
    public static String contentSecurityPolicy(String identityProvider) {
        String forms = identityProvider == null || identityProvider.isBlank() ? "'self'" : "'self' " + identityProvider;
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                + "connect-src 'self'; form-action " + forms + "; frame-ancestors 'none'; base-uri 'none'; "
                + "object-src 'none'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            ctx.addHeadersEndHandler(done -> {
                var headers = ctx.response().headers();
                headers.set("Content-Security-Policy", policy);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
                if (!ctx.normalizedPath().startsWith("/static/")) {
                    headers.set("Cache-Control", "no-store");
                }
            });
            ctx.next();
        }, 100);
    }
}
