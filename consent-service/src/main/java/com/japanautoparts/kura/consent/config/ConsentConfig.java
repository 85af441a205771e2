package com.japanautoparts.kura.consent.config;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "consent")
public interface ConsentConfig {

    /** How far a client's "at" may run ahead of this service's clock. */
    @WithDefault("PT2M")
    Duration clockSkew();

    /** How far back a client's "at" may lie (a delayed batch from the storefront). */
    @WithDefault("P30D")
    Duration maxBackdate();

    /** The calendar that decides on which day a policy version takes effect: the store's. */
    @WithDefault("Asia/Tokyo")
    ZoneId policyZone();

    /** How long each category is kept; the README gives the reason for each default. The schedule is kura.retention.*. */
    Retention retention();

    interface Retention {

        /**
         * Consent proof is kept this long after its last use: the last marketing email for marketing-email-specials
         * (SCTA: 3 years), else the purpose's last action. Suppression (the deciding withdrawal) is never purged.
         * Policy acknowledgements of customers with no consent record left go after the same period.
         */
        @WithDefault("P3Y")
        Period consentProof();
    }
}
