package com.japanautoparts.kura.contact.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * Passes a customer's corrected contact data on to payment-service, whose orders not yet shipped then carry it to their
 * carrier and processor. Any failure (an error answer, a timeout, a refused connection, an open breaker) is thrown: the
 * correction stays in contact-service's outbox and is sent again later.
 */
@ApplicationScoped
public class OrderContacts {

    private final OrderContactRestClient client;

    public OrderContacts(@RestClient OrderContactRestClient client) {
        this.client = client;
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("payment-service-contact-corrections")
    public void correct(String customerId, OrderContactBody contact) {
        client.correct(customerId, contact);
    }
}
