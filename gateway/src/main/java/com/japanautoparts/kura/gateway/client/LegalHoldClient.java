package com.japanautoparts.kura.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks disclosure-service, the owner of legal holds, which subjects are held before the gateway deletes request
 * records. No answer is an exception: the caller then deletes nothing.
 */
@ApplicationScoped
public class LegalHoldClient {

    private final LegalHoldRestClient holds;

    public LegalHoldClient(@RestClient LegalHoldRestClient holds) {
        this.holds = holds;
    }

    /** Every subject under a hold in force now. Throws when disclosure-service cannot tell. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500)
    public Set<String> heldSubjects() {
        LegalHoldRestClient.HeldSubjects answer = holds.heldSubjects();
        if (answer == null || answer.heldSubjects() == null) {
            throw new IllegalStateException("disclosure-service answered without a list of held subjects");
        }
        return Set.copyOf(answer.heldSubjects());
    }
}
