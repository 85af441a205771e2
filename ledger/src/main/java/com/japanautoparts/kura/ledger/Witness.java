package com.japanautoparts.kura.ledger;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.japanautoparts.kura.common.problem.ProblemException;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * The service that keeps this service's checkpoints outside its own database (disclosure-service for consent-service's and
 * the other way round). Slow or failing calls are retried, then the circuit opens; a refusal is an answer and is never
 * retried.
 */
@ApplicationScoped
public class Witness {

    private final WitnessRestClient client;
    private final LedgerConfig config;

    public Witness(@RestClient WitnessRestClient client, LedgerConfig config) {
        this.client = client;
        this.config = config;
    }

    /**
     * Hands a checkpoint to the witness. {@link WitnessRefusedException} (409) when it refuses it; a 503 problem
     * (Retry-After) when it cannot be reached.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WitnessRefusedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
            skipOn = WitnessRefusedException.class)
    @CircuitBreakerName("ledger-witness-keep")
    @Fallback(fallbackMethod = "keepUnreachable", skipOn = WitnessRefusedException.class)
    public void keep(Checkpoint checkpoint) {
        try {
            client.keep(checkpoint.ledger(), checkpoint);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409 || status == 422) {
                throw new WitnessRefusedException(checkpoint.position(), status);
            }
            throw e;
        }
    }

    /** The newest checkpoint the witness keeps of this service's ledger; {@link WitnessAnswer#unreachable()} when it cannot say. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("ledger-witness-newest")
    @Fallback(fallbackMethod = "newestUnreachable")
    public WitnessAnswer newest(String ledger) {
        try {
            return new WitnessAnswer(true, Optional.of(client.newest(ledger)));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return new WitnessAnswer(true, Optional.empty());
            }
            throw e;
        }
    }

    void keepUnreachable(Checkpoint checkpoint, Exception failure) {
        Log.warnf("The ledger's witness cannot be reached (%s): checkpoint of position %d kept here, handed over again later",
                failure.getClass().getSimpleName(), checkpoint.position());
        throw ProblemException.dependencyUnavailable("The witness of this ledger cannot be reached: the checkpoint is kept here"
                + " and handed to the witness again until it confirms", config.checkpoints().retryAfterSeconds());
    }

    WitnessAnswer newestUnreachable(String ledger, Exception failure) {
        Log.warnf("The ledger's witness cannot be reached (%s): verifying against this service's own checkpoints",
                failure.getClass().getSimpleName());
        return WitnessAnswer.unreachable();
    }
}
