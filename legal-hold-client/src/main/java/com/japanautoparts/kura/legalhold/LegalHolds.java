package com.japanautoparts.kura.legalhold;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.japanautoparts.kura.common.client.UpstreamRefusal;
import com.japanautoparts.kura.common.legalhold.LegalHoldCheck;
import com.japanautoparts.kura.common.legalhold.LegalHoldsUnavailableException;
import com.japanautoparts.kura.common.legalhold.SubjectHolds;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * The legal-hold check of every service but disclosure-service: asks disclosure-service, the owner of legal holds,
 * before anything is erased or purged. Slow or failing calls (5xx, timeouts) are retried, then the circuit opens for 2 s
 * (named, so its state shows in the fault-tolerance metrics); a 4xx is never retried nor counted by the breaker; either way
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
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = UpstreamRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
            skipOn = UpstreamRefusal.class)
    @CircuitBreakerName("legal-holds-of-subject")
    @Fallback(fallbackMethod = "subjectUnknown")
    public SubjectHolds of(String customerId) {
        LegalHoldRestClient.SubjectAnswer answer;
        try {
            answer = client.subject(customerId);
        } catch (WebApplicationException e) {
            throw UpstreamRefusal.orRethrow(e, "disclosure-service");
        }
        // Never erase on an incomplete answer.
        if (answer == null || answer.held() == null) {
            throw new IllegalStateException("legal-hold answer without held");
        }
        return answer.held() ? new SubjectHolds(true, answer.holds()) : SubjectHolds.NOT_HELD;
    }

    @Override
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = UpstreamRefusal.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
            skipOn = UpstreamRefusal.class)
    @CircuitBreakerName("legal-holds-held-subjects")
    @Fallback(fallbackMethod = "heldUnknown")
    public Set<String> heldSubjects() {
        LegalHoldRestClient.HeldSubjectsAnswer answer;
        try {
            answer = client.heldSubjects();
        } catch (WebApplicationException e) {
            throw UpstreamRefusal.orRethrow(e, "disclosure-service");
        }
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
