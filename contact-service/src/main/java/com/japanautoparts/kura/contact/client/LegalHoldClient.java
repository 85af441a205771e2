package com.japanautoparts.kura.contact.client;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Asks disclosure-service, the owner of legal holds, before anything is erased or purged. An outage
 * is an exception: callers must then not delete (erasure answers 503, a purge run is skipped).
 */
@ApplicationScoped
public class LegalHoldClient {

    /** Only the members used here; the owner may add more. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hold(String id, String reason, String description, Instant endsAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubjectHolds(String customerId, boolean held, List<Hold> holds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeldSubjects(Set<String> heldSubjects) {
    }

    private final LegalHoldRestClient client;

    public LegalHoldClient(@RestClient LegalHoldRestClient client) {
        this.client = client;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public SubjectHolds holdsOf(String customerId) {
        return client.holdsOf(customerId);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500)
    public Set<String> heldSubjects() {
        HeldSubjects held = client.heldSubjects();
        return held.heldSubjects() == null ? Set.of() : held.heldSubjects();
    }
}
