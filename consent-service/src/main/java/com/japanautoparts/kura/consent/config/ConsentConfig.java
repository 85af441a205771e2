package com.japanautoparts.kura.consent.config;

import java.time.Duration;
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

    /** Opt-in proof is kept this long after the last marketing email (SCTA: 3 years). */
    @WithDefault("P1095D")
    Duration optInProofRetention();
}
