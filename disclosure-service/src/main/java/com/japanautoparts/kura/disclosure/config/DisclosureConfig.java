package com.japanautoparts.kura.disclosure.config;

import java.time.Period;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "disclosure")
public interface DisclosureConfig {

    Retention retention();

    /**
     * How long each category is kept (calendar periods, e.g. {@code P3Y}); the README gives the reason for each
     * default. Nothing here may be shorter than the legal minimum of three years: the service refuses to start.
     */
    interface Retention {

        /**
         * Ledger rows are deleted this long after they were written (APPI Art. 29/30 records, at least 3 years).
         * Ended legal holds and their events are kept as long, counted from the end of the hold.
         */
        @WithDefault("P3Y")
        Period ledger();

        /** Executed or rejected exception cases are deleted this long after execution or rejection (at least 3 years). */
        @WithDefault("P3Y")
        Period closedCases();

        /** Rows deleted per transaction, so a purge never holds long locks. */
        @WithDefault("1000")
        @Min(1)
        @Max(10_000)
        int batchSize();

        /** How often the scheduled purge runs. */
        @WithDefault("6h")
        String every();

        /** How long after start-up the scheduled purge first runs. */
        @WithDefault("10m")
        String firstRunDelay();
    }
}
