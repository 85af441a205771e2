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
 * Contact projections (today's data) from contact-service, for the support look-up and exception cases. An unknown
 * customer (any 4xx) is empty and never a failure; only 5xx answers, timeouts and connection failures count towards the
 * breaker ({@code contact-service}). {@code onBehalfOf} ({@code staff} or {@code case:<id>}) is shown in the customer's
 * access log at contact-service.
 */
@ApplicationScoped
public class ContactClient {

    private final ContactRestClient client;

    public ContactClient(@RestClient ContactRestClient client) {
        this.client = client;
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("contact-service")
    public Optional<ContactProjection> project(String customerId, DisclosurePurpose purpose, String onBehalfOf) {
        try {
            return Optional.of(client.project(customerId, purpose.key(), onBehalfOf));
        } catch (WebApplicationException e) {
            return Upstreams.emptyUnlessServerError(e, "contact-service");
        }
    }
}
