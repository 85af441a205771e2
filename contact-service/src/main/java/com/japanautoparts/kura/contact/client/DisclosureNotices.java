package com.japanautoparts.kura.contact.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * Reports a correction or erasure to disclosure-service, which records a notice for every recipient that received the
 * data (GDPR Art. 19). Any failure (an error answer, a timeout, a refused connection, an open breaker) is thrown: the
 * report stays in contact-service's outbox and is sent again later.
 */
@ApplicationScoped
public class DisclosureNotices {

    private final ChangeReportRestClient client;

    public DisclosureNotices(@RestClient ChangeReportRestClient client) {
        this.client = client;
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("disclosure-service-changes")
    public void report(ChangeReportBody report) {
        client.report(report);
    }
}
