package com.japanautoparts.kura.clickstream.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "clickstream")
public interface ClickstreamConfig {

    Attribution attribution();

    Retention retention();

    AffiliateIdentity affiliate();

    HousekeepingSchedule housekeeping();

    interface Attribution {

        /** A conversion is credited to the first landing of its session within this window; daily keys live as long. */
        @WithDefault("P7D")
        Duration window();
    }

    interface Retention {

        /** Raw events older than this are rolled up into daily aggregates and deleted. */
        @WithDefault("P90D")
        Duration rawEvents();
    }

    interface AffiliateIdentity {

        /** The token claim that names the calling affiliate's client (matched to Affiliate.clientId). */
        @WithDefault("azp")
        String identityClaim();
    }

    interface HousekeepingSchedule {

        /** How often expired keys are discarded and expired raw events rolled up (read by the scheduler). */
        @WithDefault("1h")
        String every();
    }
}
