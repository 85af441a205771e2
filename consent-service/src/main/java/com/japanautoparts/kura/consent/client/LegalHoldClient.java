package com.japanautoparts.kura.consent.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks disclosure-service which subjects are under a legal hold. Slow or failing calls are retried, then the circuit
 * opens; either way the caller gets an exception and must not act as if nobody were held.
 */
@ApplicationScoped
public class LegalHoldClient {

    private final LegalHoldRestClient holds;

    public LegalHoldClient(@RestClient LegalHoldRestClient holds) {
        this.holds = holds;
    }

    /** The description of the holds on this subject (joined), or empty when none. Throws when unreachable. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<String> holdOn(String customerId) {
        LegalHoldRestClient.SubjectHolds answer = holds.holds(customerId);
        if (answer == null || !answer.held()) {
            return Optional.empty();
        }
        List<LegalHoldRestClient.Hold> list = answer.holds() == null ? List.of() : answer.holds();
        String reason = list.stream().map(h -> h.description() != null ? h.description() : h.reason()).filter(Objects::nonNull)
                .collect(Collectors.joining("; "));
        return Optional.of(reason.isEmpty() ? "legal hold" : reason);
    }

    /** Every subject under a hold now. Throws when unreachable. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Set<String> heldSubjects() {
        LegalHoldRestClient.HeldSubjects answer = holds.heldSubjects();
        if (answer == null || answer.heldSubjects() == null) {
            throw new IllegalStateException("The legal-hold service answered without a list of held subjects");
        }
        return Set.copyOf(answer.heldSubjects());
    }
}
