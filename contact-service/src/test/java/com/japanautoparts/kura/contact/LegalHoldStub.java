package com.japanautoparts.kura.contact;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for disclosure-service's legal-hold endpoints and the token endpoint, in this module's own
 * tests. By default nobody is held; a test holds a subject, or takes the service down, and resets after.
 */
@QuarkusTestResource(LegalHoldStub.class)
public class LegalHoldStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        reset();
        return Map.of(
                "quarkus.oidc-client.auth-server-url", server.baseUrl(),
                "quarkus.oidc-client.credentials.secret", "test-secret",
                "quarkus.rest-client.legal-hold-client.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static void reset() {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/token")).willReturn(okJson(
                "{\"access_token\": \"contact-service-token\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
        server.stubFor(get(urlPathMatching("/internal/legal-holds/subjects/.+"))
                .willReturn(okJson("{\"held\": false, \"holds\": []}")));
        server.stubFor(get(urlEqualTo("/internal/legal-holds/subjects")).willReturn(okJson("{\"heldSubjects\": []}")));
    }

    static void hold(String subject, String description) {
        server.stubFor(get(urlEqualTo("/internal/legal-holds/subjects/" + subject)).atPriority(1).willReturn(okJson("""
                {"customerId": "%s", "held": true, "holds": [{"id": "hold-1", "reason": "litigation",
                 "description": "%s", "endsAt": "2030-01-01T00:00:00Z"}]}""".formatted(subject, description))));
        server.stubFor(get(urlEqualTo("/internal/legal-holds/subjects")).atPriority(1)
                .willReturn(okJson("{\"heldSubjects\": [\"" + subject + "\"]}")));
    }

    static void down() {
        server.stubFor(get(urlPathMatching("/internal/legal-holds/.*")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    }
}
