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

/** Contact projections from contact-service; an unknown customer is empty, an outage an exception. */
@ApplicationScoped
public class ContactClient {

    private final ContactRestClient client;

    public ContactClient(@RestClient ContactRestClient client) {
        this.client = client;
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<ContactProjection> project(String customerId, DisclosurePurpose purpose) {
        try {
            return Optional.of(client.project(customerId, purpose.key()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
