package com.japanautoparts.kura.gateway.config;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Routes to the services, the data-subject request settings, the access exports and the gateway's retention schedule. */
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

    Export export();

    /**
     * Where a service's management interface (health, metrics, OpenAPI, Swagger UI) is: its HTTP port plus this
     * (kura-topology.json: {@code managementPort} = {@code port} + 1000). The route index links each service's OpenAPI
     * document there; the gateway itself never routes {@code /q/*}.
     */
    @WithDefault("1000")
    int managementPortOffset();

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

    /**
     * The documents of finished access requests: encrypted at rest, downloadable for a window, then deleted by the
     * retention schedule; an erasure request deletes them at once.
     */
    interface Export {

        /**
         * Base64 of the 256-bit AES key that encrypts the exports at rest (kura-common's FieldCipher): environment
         * {@code GATEWAY_EXPORT_KEY}, from a Secret; development and test keys only under {@code %dev}/{@code %test}.
         */
        String key();

        /** How long after the answer an export can be downloaded; then it is gone (410) and the purge deletes it. */
        @WithDefault("P7D")
        Period window();
    }

    /** How long the gateway keeps its own records, and every service's retention API for the privacy officer. */
    interface Retention {

        /** The name of the gateway's own retention schedule, served in-process (never a proxied service). */
        String GATEWAY = "gateway";

        /**
         * A finished data-subject request (with its per-service steps) is kept this long after it was answered
         * ({@code completed_at}), then deleted; an open one is never deleted. 24 months, the legal minimum: README.
         * The schedule and batches are kura-common's ({@code kura.retention.*}).
         */
        @WithDefault("P24M")
        Period requestRecords();

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
