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

/** Order projections from payment-service; an unknown order is empty, an outage an exception. */
@ApplicationScoped
public class PaymentClient {

    private final PaymentRestClient client;

    public PaymentClient(@RestClient PaymentRestClient client) {
        this.client = client;
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<OrderProjection> project(String orderId, DisclosurePurpose purpose) {
        try {
            return Optional.of(client.project(orderId, purpose.key()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
