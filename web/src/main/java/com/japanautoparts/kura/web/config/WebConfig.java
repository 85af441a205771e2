package com.japanautoparts.kura.web.config;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The pages' own settings; where the APIs and the identity provider are is Quarkus configuration. */
@ConfigMapping(prefix = "web")
public interface WebConfig {

    /** The languages offered, the first one the default (when neither the switch nor Accept-Language names another). */
    @WithDefault("ja,en")
    List<String> languages();

    /** How a consent given or withdrawn here is recorded in consent-service (channel and page of the source). */
    Consent consent();

    /**
     * The services whose retention the console shows, by their name in {@code /api/retention/<name>/**}, in the
     * order storage pressure purges them (least-needed data first).
     */
    @WithDefault("clickstream,contact,payment,consent,disclosure,gateway")
    List<String> retentionServices();

    /** How many ledger rows the console shows at once (the API allows 1-500). */
    @WithDefault("50")
    int ledgerRows();

    /**
     * The identity provider's origin as browsers reach it (e.g. {@code https://auth.kura.example.com}), allowed as a form
     * target by the Content-Security-Policy. Unset: the origin of {@code quarkus.oidc.auth-server-url}, right wherever the
     * browser and this module reach Keycloak at the same address (locally).
     */
    Optional<String> identityProviderOrigin();

    interface Consent {
        @WithDefault("web")
        String channel();

        @WithDefault("privacy-center")
        String page();

        /**
         * The notice version a grant names when no privacy policy is published yet; otherwise the version in force,
         * which is the text shown on the consents page.
         */
        @WithDefault("privacy-center-1")
        String fallbackNoticeVersion();
    }
}
