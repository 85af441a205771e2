package com.japanautoparts.kura.clickstream.config;

import java.time.Duration;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "clickstream")
public interface ClickstreamConfig {

    Attribution attribution();

    Retention retention();

    RollUp rollUp();

    AffiliateIdentity affiliate();

    interface Attribution {

        /** A conversion is credited to the first landing of its session within this window; daily keys live as long. */
        @WithDefault("P7D")
        Duration window();
    }

    /** How long each category is kept (calendar periods, whole UTC days); the README gives the reason for each default. */
    interface Retention {

        /** Raw events of UTC days older than this, once rolled up into the daily aggregates, are deleted (90 days). */
        @WithDefault("P90D")
        Period rawEvents();

        /**
         * Under storage pressure raw events are kept only this long (30 days): they go first. Never shorter than the
         * attribution window plus the day an event may arrive late (a shorter setting is raised to that).
         */
        @WithDefault("P30D")
        Period rawEventsUnderPressure();

        /** Daily page and feature statistics older than this are deleted (3 years); storage pressure leaves them. */
        @WithDefault("P3Y")
        Period dailyStatistics();

        /**
         * Daily affiliate conversions, the basis of commission statements, older than this are deleted (11 years
         * 2 months: tax law's longest period for books, counted from the latest filing deadline).
         */
        @WithDefault("P11Y2M")
        Period commissionBasis();
    }

    /** The daily roll-up of raw events into the daily aggregates (read by the scheduler). */
    interface RollUp {

        /** How often closed UTC days are looked for and rolled up. */
        @WithDefault("1h")
        String every();

        /** How long after start-up the first roll-up runs. */
        @WithDefault("30s")
        String firstRunDelay();
    }

    interface AffiliateIdentity {

        /** The token claim that names the calling affiliate's client (matched to Affiliate.clientId). */
        @WithDefault("azp")
        String identityClaim();
    }
}
