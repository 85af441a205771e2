package com.japanautoparts.kura.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock standing in for the services (each under its own path prefix, e.g. /contact) and for the identity
 * provider's token endpoint, and for disclosure-service's legal holds. The clickstream route points at a closed port:
 * a service that is down.
 */
public class Downstream implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN = "gateway-service-token";
    static final String[] HOOK_SERVICES = { "contact-service", "payment-service", "consent-service", "disclosure-service" };
    /** Every service's retention API, at /<name>-service/internal/retention/** here. */
    static final String[] RETENTION_SERVICES = { "contact", "payment", "consent", "disclosure", "clickstream" };

    /** disclosure-service's list of subjects under a legal hold: nobody, unless a test says otherwise. */
    static final String HELD_SUBJECTS = "/disclosure-service/internal/legal-holds/subjects";

    /** The web module (browser pages) stands at this path prefix here. */
    static final String WEB = "/web-module";

    static WireMockServer server;
    /** Holds the calls of stubs that name it until all of them have arrived (FanOutTest). */
    static final Rendezvous rendezvous = new Rendezvous();

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(rendezvous));
        server.start();
        defaultStubs();
        String base = server.baseUrl();
        Map<String, String> config = new HashMap<>();
        config.put("gateway.routes.contacts", base);
        config.put("gateway.routes.orders", base);
        config.put("gateway.routes.policies", base);
        config.put("gateway.routes.clickstream", "http://127.0.0.1:" + closedPort());
        config.put("gateway.routes.legal-holds", base);
        config.put("gateway.web.url", base + WEB);
        for (String service : RETENTION_SERVICES) {
            config.put("gateway.retention.services." + service, base + "/" + service + "-service");
        }
        for (String service : HOOK_SERVICES) {
            config.put("gateway.dsr.services." + service, base + "/" + service);
        }
        config.put("gateway.dsr.services.clickstream-service", "http://127.0.0.1:" + closedPort());
        config.put("gateway.dsr.retry-interval", "1s");
        config.put("gateway.dsr.failed-after-attempts", "2");
        config.put("quarkus.oidc-client.auth-server-url", base + "/realms/kura");
        config.put("quarkus.oidc-client.discovery-enabled", "false");
        config.put("quarkus.oidc-client.token-path", "/protocol/openid-connect/token");
        config.put("quarkus.oidc-client.credentials.secret", "test-secret");
        config.put("quarkus.rest-client.subject-hooks.url", base);
        config.put("quarkus.rest-client.legal-hold-client.url", base + "/disclosure-service");
        return config;
    }

    /** Every service answers its hooks; tests add stubs of higher priority for their own subjects. */
    static void defaultStubs() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/realms/kura/protocol/openid-connect/token"))
                .willReturn(okJson("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        for (String service : HOOK_SERVICES) {
            server.stubFor(get(urlPathMatching("/" + service + "/internal/subjects/[^/]+/export")).atPriority(10)
                    .willReturn(okJson("{\"service\":\"" + service + "\",\"held\":true}")));
            server.stubFor(post(urlPathMatching("/" + service + "/internal/subjects/([^/]+)/erase")).atPriority(10)
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"service\":\"" + service + "\",\"outcome\":\"erased\"}")));
        }
        server.stubFor(get(urlPathEqualTo(HELD_SUBJECTS)).atPriority(10).willReturn(okJson("{\"heldSubjects\":[]}")));
    }

    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
