package com.japanautoparts.kura.consent.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Drops opt-in proof kept after an erasure once three years have passed since the last marketing email: each such
 * subject is erased again (one transaction each), which now keeps only the suppression records.
 */
@ApplicationScoped
public class ProofPurgeJob {

    static final String ACTOR = "consent-proof-purge";
    private static final int BATCH = 500;

    private final ConsentService consents;

    public ProofPurgeJob(ConsentService consents) {
        this.consents = consents;
    }

    @Scheduled(identity = ACTOR, every = "${consent.proof-purge.every:6h}", delayed = "${consent.proof-purge.first-run-delay:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** @return how many subjects had their expired proof dropped */
    public int purge() {
        int purged = 0;
        List<String> due;
        do {
            due = consents.subjectsWithExpiredProof(BATCH);
            for (String subject : due) {
                consents.erase(subject, ACTOR);
                purged++;
            }
        } while (due.size() == BATCH);
        Log.debugf("Dropped expired opt-in proof of %d erased subjects", purged);
        return purged;
    }
}
