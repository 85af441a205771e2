package com.japanautoparts.kura.disclosure.config;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "disclosure")
public interface DisclosureConfig {

    Retention retention();

    /**
     * How long each category is kept (calendar periods, e.g. {@code P3Y}); the README gives the reason for each
     * default. Nothing here may be shorter than the legal minimum of three years: common's retention check stops
     * start-up. The schedule and batch size are common's {@code kura.retention.*}.
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
    }
}
