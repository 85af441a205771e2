package com.japanautoparts.kura.disclosure.config;

import java.time.Period;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "disclosure")
public interface DisclosureConfig {

    Retention retention();

    Broker broker();

    Refusals refusals();

    /** The broker's defences against one caller flooding it (README, "Floods"). */
    interface Broker {

        RateLimit rateLimit();

        /**
         * Requests to the broker per actor (a third party's OIDC client, a staff member): a token bucket refilled at
         * {@code per-minute}, holding at most {@code burst}. Over it: 429 with Retry-After, counted as a refusal. Per
         * instance: with n instances an actor gets up to n times as much.
         */
        interface RateLimit {

            @WithDefault("120")
            int perMinute();

            @WithDefault("60")
            int burst();

            /** Per OIDC client id, its own requests per minute (its burst: the smaller of this and {@code burst}). */
            Map<String, Integer> perClient();
        }
    }

    /** Refused attempts are counted in memory and written as one aggregate ledger row per actor, reason and period. */
    interface Refusals {

        /** How often the counts are written (a Quarkus scheduler interval); also the period one row covers. */
        @WithDefault("60s")
        String flushEvery();

        /** At most this many distinct subjects are listed on one aggregate row (the count is always exact). */
        @WithDefault("100")
        int maxSubjects();
    }

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
