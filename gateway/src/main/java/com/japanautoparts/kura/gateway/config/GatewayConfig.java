package com.japanautoparts.kura.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Routes to the services and the data-subject request settings. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /**
     * Route name to the service's base URL: {@code gateway.routes.contacts=http://127.0.0.1:8081} sends
     * {@code /api/contacts/**} there as {@code /contacts/**}. A route without a URL is not served (404).
     */
    Map<String, String> routes();

    Proxy proxy();

    Dsr dsr();

    interface Proxy {
        /** A service that does not accept the connection within this time answers 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** A service that stays silent this long answers 504. */
        @WithDefault("30s")
        Duration idleTimeout();

        /** Largest request body passed on, in bytes; larger ones answer 413. */
        @WithDefault("65536")
        long maxBodyBytes();
    }

    interface Dsr {
        /** Days between receipt and the due date of a request. */
        @WithDefault("14")
        int dueDays();

        /** How long request records are kept after receipt (months); older ones are deleted. */
        @WithDefault("24")
        int retentionMonths();

        /** How often open requests are retried (the {@code @Scheduled} interval). */
        @WithDefault("30s")
        Duration retryInterval();

        /** When expired request records are deleted (cron, nightly by default). */
        @WithDefault("0 15 3 * * ?")
        String retentionCron();

        /** Failed attempts of one service after which the request shows failed-retrying; it is still retried. */
        @WithDefault("3")
        int failedAfterAttempts();

        /**
         * The services that hold subject data, with the base URL of their DSR hooks
         * ({@code /internal/subjects/{customerId}/export|erase}).
         */
        Map<String, String> services();

        /** Services without linkable subject data: recorded as nothing-held without a call. */
        @WithDefault("clickstream-service")
        List<String> nothingHeld();
    }
}
