package com.japanautoparts.kura.consent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for disclosure-service's legal holds on a random local port: nobody is held except {@link #HELD};
 * asking about {@link #HOLDS_DOWN} fails (503), about {@link #HOLDS_RESET} the connection is reset.
 */
public class LegalHoldStub implements QuarkusTestResourceLifecycleManager {

    static final String HELD = "customer-under-legal-hold";
    static final String HOLD_DESCRIPTION = "Litigation hold: Yamada v. Japan Auto Parts.com, Tokyo District Court";
    static final String HOLDS_DOWN = "customer-holds-down";
    static final String HOLDS_RESET = "customer-holds-reset";
    static final String ALL_HELD = "/internal/legal-holds/subjects";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathMatching(ALL_HELD + "/([^/]+)")).atPriority(10)
                .willReturn(json(200, "{\"customerId\": \"someone\", \"held\": false, \"holds\": []}")));
        server.stubFor(get(urlPathEqualTo(ALL_HELD + "/" + HELD)).atPriority(1)
                .willReturn(json(200, "{\"customerId\": \"" + HELD + "\", \"held\": true, \"holds\": [{\"id\": \"" + UUID.randomUUID()
                        + "\", \"reason\": \"litigation\", \"description\": \"" + HOLD_DESCRIPTION + "\", \"endsAt\": null}]}")));
        server.stubFor(get(urlPathEqualTo(ALL_HELD + "/" + HOLDS_DOWN)).atPriority(1)
                .willReturn(json(503, "{\"status\": 503, \"title\": \"Service Unavailable\"}")));
        server.stubFor(get(urlPathEqualTo(ALL_HELD + "/" + HOLDS_RESET)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlPathEqualTo(ALL_HELD)).atPriority(5)
                .willReturn(json(200, "{\"heldSubjects\": [\"" + HELD + "\"]}")));
        return Map.of("quarkus.rest-client.legal-hold-client.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Makes the list of held subjects fail until the returned stub is removed with {@link #restore}. */
    static StubMapping listDown() {
        return server.stubFor(get(urlPathEqualTo(ALL_HELD)).atPriority(1)
                .willReturn(json(503, "{\"status\": 503, \"title\": \"Service Unavailable\"}")));
    }

    static void restore(StubMapping stub) {
        server.removeStub(stub);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", status == 200 ? "application/json" : "application/problem+json")
                .withBody(body);
    }
}
