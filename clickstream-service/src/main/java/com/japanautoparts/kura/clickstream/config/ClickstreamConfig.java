package com.japanautoparts.kura.clickstream.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "clickstream")
public interface ClickstreamConfig {

    Attribution attribution();

    Retention retention();

    AffiliateIdentity affiliate();

    interface Attribution {

        /** A conversion is credited to the first landing of its session within this window; daily keys live as long. */
        @WithDefault("P7D")
        Duration window();
    }

    /** How long each category is kept; the README gives the reason for each default. */
    interface Retention {

        /** Raw events of UTC days older than this are rolled up into daily aggregates and deleted (90 days). */
        @WithDefault("P90D")
        Duration rawEvents();

        /**
         * Under storage pressure raw events are kept only this long (30 days): they go first. Never shorter than the
         * attribution window plus the day an event may arrive late.
         */
        @WithDefault("P30D")
        Duration rawEventsUnderPressure();

        /** Daily page and feature statistics older than this are deleted (3 years); storage pressure leaves them. */
        @WithDefault("P1095D")
        Duration dailyStatistics();

        /**
         * Daily affiliate conversions, the basis of commission statements, older than this are deleted (about
         * 11 years 2 months: tax law's longest period for books, counted from the latest filing deadline).
         */
        @WithDefault("P4080D")
        Duration commissionBasis();

        /** Rows per transaction: raw events of a day go in pseudonym ranges of about this size, aggregates in batches. */
        @WithDefault("10000")
        int batchSize();

        /** How often the purge runs; it also discards expired daily keys (read by the scheduler). */
        @WithDefault("1h")
        String every();

        /** How long after start-up the first scheduled purge runs (read by the scheduler). */
        @WithDefault("30s")
        String firstRunDelay();
    }

    interface AffiliateIdentity {

        /** The token claim that names the calling affiliate's client (matched to Affiliate.clientId). */
        @WithDefault("azp")
        String identityClaim();
    }
}
