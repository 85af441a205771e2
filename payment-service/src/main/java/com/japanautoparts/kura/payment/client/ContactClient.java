package com.japanautoparts.kura.payment.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.japanautoparts.kura.common.client.UpstreamRefusal;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.payment.config.PaymentConfig;

import io.quarkus.logging.Log;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * Reads contact-service's checkout view of a customer at placement: whether they can be shipped to, and the contact data
 * the order keeps for its carrier and processor. The caller's (the storefront's) bearer token is forwarded, so
 * contact-service sees, and records in its access log, who is really asking. Slow or failing calls (5xx, timeouts,
 * connection failures) are retried, then the circuit opens for 2 s, so checkouts resume within seconds of contact-service's
 * return; either way the caller gets a 503 problem with Retry-After and nothing is written. A 4xx other than 404 is the
 * request's fault: never retried, never counted by the breaker (502 problem).
 */
@ApplicationScoped
public class ContactClient {

    static final String UNAVAILABLE = "contact-service cannot be reached to check the shipping address; try again shortly";

    private final ContactRestClient contacts;
    private final SecurityIdentity identity;
    private final PaymentConfig config;

    public ContactClient(@RestClient ContactRestClient contacts, SecurityIdentity identity, PaymentConfig config) {
        this.contacts = contacts;
        this.identity = identity;
        this.config = config;
    }

    /** The customer's checkout view; empty when contact-service holds no profile for them (404). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
            skipOn = UpstreamRefusal.class)
    @CircuitBreakerName("contact-service")
    @Fallback(fallbackMethod = "unavailable", skipOn = UpstreamRefusal.class)
    public Optional<CheckoutView> checkout(String customerId) {
        try {
            return Optional.of(contacts.checkout(customerId, bearer()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw UpstreamRefusal.orRethrow(e, "contact-service");
        }
    }

    Optional<CheckoutView> unavailable(String customerId) {
        Log.warn("contact-service unavailable for the shipping-address check");
        throw ProblemException.dependencyUnavailable(UNAVAILABLE, config.contact().retryAfterSeconds());
    }

    /** The caller's raw token, or null where there is none (e.g. tests with a stand-in identity). */
    private String bearer() {
        TokenCredential token = identity.isAnonymous() ? null : identity.getCredential(TokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }
}
