package com.japanautoparts.kura.gateway.config;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Routes to the services, the data-subject request settings and the gateway's retention schedule. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /**
     * Route name to the service's base URL: {@code gateway.routes.contacts=http://127.0.0.1:8081} sends
     * {@code /api/contacts/**} there as {@code /contacts/**}. A route without a URL is not served (404).
     */
    Map<String, String> routes();

    Proxy proxy();

    Web web();

    Dsr dsr();

    Retention retention();

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

        /** A larger limit for a route whose service takes larger bodies (route name to bytes). */
        Map<String, Long> routeMaxBodyBytes();
    }

    /**
     * The browser pages (module web: the privacy center and the privacy office's console), served through the gateway
     * so that the browser sees one origin. Paths are passed on unchanged; {@code /api/**} never goes there.
     */
    interface Web {
        /** The web module's base URL; empty: the pages are not served. */
        @WithDefault("")
        String url();

        /**
         * The paths sent to it: {@code /} is the start page alone, any other entry is a prefix ({@code /privacy}
         * sends {@code /privacy} and {@code /privacy/**}).
         */
        @WithDefault("/,/privacy,/console,/session,/static")
        List<String> paths();
    }

    interface Dsr {
        /** Days between receipt and the due date of a request. */
        @WithDefault("14")
        int dueDays();

        /** How often open requests are retried (the {@code @Scheduled} interval). */
        @WithDefault("30s")
        Duration retryInterval();

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

    /** How long the gateway keeps its own records, and every service's retention API for the privacy officer. */
    interface Retention {

        /** The name of the gateway's own retention schedule, served in-process (never a proxied service). */
        String GATEWAY = "gateway";

        /**
         * A finished data-subject request (with its per-service steps) is kept this long after it was answered
         * ({@code completed_at}), then deleted; an open one is never deleted. 24 months: README.
         */
        @WithDefault("P24M")
        Period requestRecords();

        /** Requests deleted per transaction (their steps go with them), so a purge never holds long locks. */
        @WithDefault("1000")
        int batchSize();

        /** How often the scheduled purge runs ({@code off} disables it). */
        @WithDefault("6h")
        String every();

        /** How long after start-up the first scheduled purge runs. */
        @WithDefault("10m")
        String firstRunDelay();

        /**
         * The services answering {@code /internal/retention/**}, by the name used in
         * {@code /api/retention/{name}/**}, with their base URL. A name without a URL is not served.
         * The gateway's own schedule is {@code gateway}, served in-process.
         */
        Map<String, String> services();

        /**
         * The order in which storage pressure purges: least-needed data first (raw clickstream, then stale
         * contact change history, then the services whose data has a legal minimum).
         */
        @WithDefault("clickstream,contact,payment,consent,disclosure,gateway")
        List<String> storagePressureOrder();
    }
}
