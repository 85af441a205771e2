package com.japanautoparts.kura.disclosure.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.japanautoparts.kura.catalogue.DisclosurePurpose;

import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * Order projections from payment-service. An order payment-service does not serve (404, or any other 4xx: the ids are
 * checked before the call, so that is payment-service's own verdict) is empty and never a failure; only 5xx answers,
 * timeouts and connection failures are, so only they are retried and count towards the circuit breaker. One breaker for
 * payment-service ({@code payment-service}, its state in the fault-tolerance metrics), whoever the caller.
 */
@ApplicationScoped
public class PaymentClient {

    private final PaymentRestClient client;

    public PaymentClient(@RestClient PaymentRestClient client) {
        this.client = client;
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("payment-service")
    public Optional<OrderProjection> project(String orderId, DisclosurePurpose purpose) {
        try {
            return Optional.of(client.project(orderId, purpose.key()));
        } catch (WebApplicationException e) {
            return Upstreams.emptyUnlessServerError(e, "payment-service");
        }
    }
}
