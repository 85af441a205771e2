package com.japanautoparts.kura.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A bearer token is verified in full once and then remembered until its exp (or the configured maximum age); a token the
 * verifier refuses, a bound token, an ID token and everything when turned off go to the verifier every time.
 */
class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final AuthenticationRequestContext CONTEXT = supplier -> Uni.createFrom().item(supplier.get());

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The full check, counted: accepts tokens named "good-*", builds an identity from the claims given for them. */
    private final AtomicInteger verifications = new AtomicInteger();
    private final TestClock clock = new TestClock();
    private Map<String, Object> claims = Map.of("sub", "hanako", "exp", NOW.plusSeconds(300).getEpochSecond());

    private VerifiedTokenCache cache(int maxEntries, Duration maxAge) {
        return new VerifiedTokenCache((request, context) -> {
            verifications.incrementAndGet();
            if (!request.getToken().getToken().startsWith("good-")) {
                return Uni.createFrom().failure(new AuthenticationFailedException());
            }
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(jwt(claims)).addRole("customer")
                    .addCredential(request.getToken()).build());
        }, new VerifiedTokenConfig() {
            @Override
            public int maxEntries() {
                return maxEntries;
            }

            @Override
            public Duration maxAge() {
                return maxAge;
            }
        }, clock);
    }

    private static SecurityIdentity authenticate(VerifiedTokenCache cache, String token) {
        return cache.authenticate(new TokenAuthenticationRequest(new AccessTokenCredential(token)), CONTEXT).await().indefinitely();
    }

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgainAndGivesTheSameCaller() {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        SecurityIdentity first = authenticate(cache, "good-1");
        SecurityIdentity second = authenticate(cache, "good-1");
        assertEquals(1, verifications.get());
        assertEquals("hanako", second.getPrincipal().getName());
        assertSame(first.getPrincipal(), second.getPrincipal());
        assertEquals(Set.of("customer"), second.getRoles());
        authenticate(cache, "good-2");
        assertEquals(2, verifications.get(), "another token is verified in full");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        assertThrows(AuthenticationFailedException.class, () -> authenticate(cache, "forged"));
        assertThrows(AuthenticationFailedException.class, () -> authenticate(cache, "forged"));
        assertEquals(2, verifications.get());
        assertEquals(0, cache.size());
    }

    @Test
    void aTokenIsVerifiedAgainOnceItsExpiryOrTheMaximumAgeIsReached() {
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(1));
        authenticate(cache, "good-1");
        clock.now = NOW.plusSeconds(59);
        authenticate(cache, "good-1");
        assertEquals(1, verifications.get());
        clock.now = NOW.plusSeconds(60);
        authenticate(cache, "good-1");
        assertEquals(2, verifications.get(), "the maximum age (1 minute) ended before the token's exp");

        VerifiedTokenCache longer = cache(100, Duration.ofHours(1));
        clock.now = NOW;
        authenticate(longer, "good-3");
        clock.now = NOW.plusSeconds(300);
        authenticate(longer, "good-3");
        assertEquals(4, verifications.get(), "at exp the token goes to the full check (which refuses an expired token)");
    }

    @Test
    void boundTokensIdTokensAndATurnedOffCacheAreVerifiedEveryTime() {
        claims = Map.of("sub", "carrier", "exp", NOW.plusSeconds(300).getEpochSecond(), "cnf", Map.of("x5t#S256", "abc"));
        VerifiedTokenCache cache = cache(100, Duration.ofMinutes(5));
        authenticate(cache, "good-bound");
        authenticate(cache, "good-bound");
        assertEquals(2, verifications.get(), "a cnf claim: each request brings its own proof");

        claims = Map.of("sub", "hanako", "exp", NOW.plusSeconds(300).getEpochSecond());
        TokenAuthenticationRequest idToken = new TokenAuthenticationRequest(new IdTokenCredential("good-id"));
        cache.authenticate(idToken, CONTEXT).await().indefinitely();
        cache.authenticate(idToken, CONTEXT).await().indefinitely();
        assertEquals(4, verifications.get(), "a login session's ID token is quarkus-oidc's alone");

        VerifiedTokenCache off = cache(0, Duration.ofMinutes(5));
        authenticate(off, "good-1");
        authenticate(off, "good-1");
        assertEquals(6, verifications.get());
    }

    @Test
    void aFullCacheForgetsRatherThanGrows() {
        VerifiedTokenCache cache = cache(2, Duration.ofMinutes(5));
        authenticate(cache, "good-1");
        authenticate(cache, "good-2");
        authenticate(cache, "good-3");
        assertTrue(cache.size() <= 2);
    }

    private static JsonWebToken jwt(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
