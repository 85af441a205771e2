package com.japanautoparts.kura.common.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies a bearer token once, then remembers it: quarkus-oidc checks a JWT's signature and claims and builds the
 * caller's identity on every request (decoding the token's JSON five times, issue 18's profile: about half of the
 * gateway's CPU), although a client sends the same token for its whole life. This provider runs before quarkus-oidc's:
 * a token seen before, and still inside its lifetime, gets the identity quarkus-oidc built for it (with this request's
 * routing context); any other token goes to quarkus-oidc unchanged, and what it accepts is remembered. A token it
 * refuses is never remembered. The entry ends at the token's {@code exp} (by the service's {@link Clock}) or after
 * {@code kura.security.verified-tokens.max-age}, whichever comes first; at most {@code max-entries} are kept (beyond
 * that, the expired ones go, and if it is still full everything is forgotten). A bound token (a {@code cnf} claim:
 * mTLS or DPoP, where each request carries its own proof) is never remembered. {@code max-entries=0} turns it off.
 */
@ApplicationScoped
public class VerifiedTokenCache implements IdentityProvider<TokenAuthenticationRequest> {

    /** Before quarkus-oidc's provider (default priority 1001): the highest priority asks first. */
    static final int PRIORITY = 2000;
    private static final String BOUND_TOKEN_CLAIM = "cnf";

    private record Entry(SecurityIdentity identity, long expiresAt) {
    }

    /** The full check: quarkus-oidc's provider. */
    interface Verifier {
        Uni<SecurityIdentity> verify(TokenAuthenticationRequest request, AuthenticationRequestContext context);
    }

    private final Verifier oidc;
    private final VerifiedTokenConfig config;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokenCache(OidcIdentityProvider oidc, VerifiedTokenConfig config, Clock clock) {
        this(oidc::authenticate, config, clock);
    }

    VerifiedTokenCache(Verifier oidc, VerifiedTokenConfig config, Clock clock) {
        this.oidc = oidc;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (config.maxEntries() <= 0 || request.getToken().getClass() != AccessTokenCredential.class) {
            // Off, or not a bearer access token (an ID token of a login session): quarkus-oidc alone.
            return oidc.verify(request, context);
        }
        String token = request.getToken().getToken();
        long now = clock.millis();
        Entry entry = entries.get(token);
        if (entry != null) {
            if (now < entry.expiresAt()) {
                return Uni.createFrom().item(forThisRequest(entry.identity(), request, context));
            }
            entries.remove(token, entry);
        }
        return oidc.verify(request, context).invoke(identity -> remember(token, identity, now));
    }

    private void remember(String token, SecurityIdentity identity, long now) {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getClaim(BOUND_TOKEN_CLAIM) != null || jwt.getExpirationTime() <= 0) {
            return;
        }
        long expiresAt = Math.min(jwt.getExpirationTime() * 1000, now + config.maxAge().toMillis());
        if (expiresAt <= now) {
            return;
        }
        if (entries.size() >= config.maxEntries()) {
            entries.values().removeIf(e -> e.expiresAt() <= now);
            if (entries.size() >= config.maxEntries()) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(identity, expiresAt));
    }

    /** The remembered identity, carrying this request's routing and authentication contexts instead of the first one's. */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(AuthenticationRequestContext.class.getName(), context);
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) {
            builder.addAttribute(RoutingContext.class.getName(), routingContext);
        }
        return builder.build();
    }

    /** How many tokens are remembered now (tests). */
    int size() {
        return entries.size();
    }
}
