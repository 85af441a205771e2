package com.japanautoparts.kura.payment.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;

/**
 * Asks disclosure-service which subjects are under a legal hold. Slow or failing calls are
 * retried, then the circuit opens; either way {@link LegalHoldsUnavailableException} tells the
 * caller it does not know, and the caller must then change nothing.
 */
@ApplicationScoped
public class LegalHoldClient {

    /** A hold on a subject: why, in the words the legal team gave it. */
    public record ActiveHold(String reason, String description) {
    }

    private final LegalHoldRestClient holds;

    public LegalHoldClient(@RestClient LegalHoldRestClient holds) {
        this.holds = holds;
    }

    /** The first of the subject's holds, or empty when the subject is not held. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "holdUnknown")
    public Optional<ActiveHold> holdOn(String customerId) {
        LegalHoldRestClient.SubjectHolds answer = holds.subject(customerId);
        if (answer == null || answer.held() == null) {
            throw new IllegalStateException("legal-hold answer without held");
        }
        if (!answer.held()) {
            return Optional.empty();
        }
        List<LegalHoldRestClient.Hold> list = answer.holds() == null ? List.of() : answer.holds();
        // Held with no hold listed is still held: never erase on an incomplete answer.
        return Optional.of(list.stream().filter(Objects::nonNull).findFirst()
                .map(hold -> new ActiveHold(hold.reason(), hold.description()))
                .orElse(new ActiveHold(null, "under legal hold")));
    }

    /** Every subject under a hold now. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "heldUnknown")
    public Set<String> heldSubjects() {
        LegalHoldRestClient.HeldSubjects answer = holds.heldSubjects();
        if (answer == null || answer.heldSubjects() == null) {
            throw new IllegalStateException("legal-hold answer without heldSubjects");
        }
        return answer.heldSubjects().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    Optional<ActiveHold> holdUnknown(String customerId) {
        Log.warn("Legal holds unavailable for an erasure check");
        throw new LegalHoldsUnavailableException();
    }

    Set<String> heldUnknown() {
        Log.warn("Legal holds unavailable for the held-subjects list");
        throw new LegalHoldsUnavailableException();
    }
}
