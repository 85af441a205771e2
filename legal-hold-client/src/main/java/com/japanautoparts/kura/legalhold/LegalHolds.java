package com.japanautoparts.kura.legalhold;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.japanautoparts.kura.common.legalhold.LegalHoldCheck;
import com.japanautoparts.kura.common.legalhold.LegalHoldsUnavailableException;
import com.japanautoparts.kura.common.legalhold.SubjectHolds;

import io.quarkus.logging.Log;

/**
 * The legal-hold check of every service but disclosure-service: asks disclosure-service, the owner of legal holds,
 * before anything is erased or purged. Slow or failing calls are retried, then the circuit opens; either way
 * {@link LegalHoldsUnavailableException} (a 503 problem) tells the caller that nobody knows who is held, and the caller
 * must then delete nothing. What a hold means for its data is the calling service's business.
 */
@ApplicationScoped
public class LegalHolds implements LegalHoldCheck {

    private final LegalHoldRestClient client;
    private final LegalHoldConfig config;

    public LegalHolds(@RestClient LegalHoldRestClient client, LegalHoldConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "subjectUnknown")
    public SubjectHolds of(String customerId) {
        LegalHoldRestClient.SubjectAnswer answer = client.subject(customerId);
        // Never erase on an incomplete answer.
        if (answer == null || answer.held() == null) {
            throw new IllegalStateException("legal-hold answer without held");
        }
        return answer.held() ? new SubjectHolds(true, answer.holds()) : SubjectHolds.NOT_HELD;
    }

    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 200)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "heldUnknown")
    public Set<String> heldSubjects() {
        LegalHoldRestClient.HeldSubjectsAnswer answer = client.heldSubjects();
        if (answer == null || answer.heldSubjects() == null) {
            throw new IllegalStateException("legal-hold answer without heldSubjects");
        }
        return answer.heldSubjects().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    SubjectHolds subjectUnknown(String customerId, Exception failure) {
        Log.warnf("Legal holds unavailable for an erasure check (%s)", failure.getClass().getSimpleName());
        throw new LegalHoldsUnavailableException(config.retryAfterSeconds());
    }

    Set<String> heldUnknown(Exception failure) {
        Log.warnf("Legal holds unavailable for the held-subjects list (%s)", failure.getClass().getSimpleName());
        throw new LegalHoldsUnavailableException(config.retryAfterSeconds());
    }
}
