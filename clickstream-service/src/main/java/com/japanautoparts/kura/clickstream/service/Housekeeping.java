package com.japanautoparts.kura.clickstream.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/** Discards expired daily keys and purges expired raw events on a schedule. */
@ApplicationScoped
public class Housekeeping {

    private final PseudonymService pseudonyms;
    private final RetentionService retention;

    public Housekeeping(PseudonymService pseudonyms, RetentionService retention) {
        this.pseudonyms = pseudonyms;
        this.retention = retention;
    }

    @Scheduled(every = "${clickstream.housekeeping.every:1h}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        long keys = pseudonyms.discardExpiredKeys();
        long events = retention.purgeRawEvents();
        Log.infof("Housekeeping: %d daily keys discarded, %d raw events rolled up and deleted", keys, events);
    }
}
