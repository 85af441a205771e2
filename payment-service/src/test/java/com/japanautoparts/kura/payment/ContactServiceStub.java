package com.japanautoparts.kura.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for contact-service's {@code GET /contacts/{customerId}/checkout} and disclosure-service's
 * legal holds on a random local port. Every customer has a shipping address except the few named here;
 * only {@link #HELD} is under a legal hold, and the holds of {@link #HOLDS_DOWN} cannot be read.
 */
public class ContactServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String NO_ADDRESS = "customer-without-shipping-address";
    static final String NO_PROFILE = "customer-without-profile";
    static final String CONTACT_DOWN = "customer-contact-down";
    static final String CONTACT_RESET = "customer-contact-reset";

    static final String HELD = "customer-under-legal-hold";
    static final String HOLD_DESCRIPTION = "Litigation: Tanaka v. Japan Auto Parts, Tokyo District Court";
    static final String HOLDS_DOWN = "customer-legal-holds-down";

    private static WireMockServer server;

    static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathMatching("/contacts/[^/]+/checkout")).atPriority(10)
                .willReturn(json(200, "{\"customerId\": \"someone\", \"name\": {\"family\": \"Yamada\"},"
                        + " \"shippingAddress\": {\"type\": \"SHIPPING\", \"country\": \"JP\", \"postalCode\": \"150-0001\"},"
                        + " \"hasShippingAddress\": true}")));
        server.stubFor(get(urlPathEqualTo(checkout(NO_ADDRESS))).atPriority(1)
                .willReturn(json(200, "{\"customerId\": \"" + NO_ADDRESS + "\", \"hasShippingAddress\": false}")));
        server.stubFor(get(urlPathEqualTo(checkout(NO_PROFILE))).atPriority(1)
                .willReturn(json(404, "{\"status\": 404, \"title\": \"Not Found\", \"detail\": \"No such customer\"}")));
        server.stubFor(get(urlPathEqualTo(checkout(CONTACT_DOWN))).atPriority(1)
                .willReturn(json(503, "{\"status\": 503, \"title\": \"Service Unavailable\"}")));
        server.stubFor(get(urlPathEqualTo(checkout(CONTACT_RESET))).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get(urlPathMatching("/internal/legal-holds/subjects/[^/]+")).atPriority(10)
                .willReturn(json(200, "{\"customerId\": \"someone\", \"held\": false, \"holds\": []}")));
        server.stubFor(get(urlPathEqualTo("/internal/legal-holds/subjects/" + HELD)).atPriority(1)
                .willReturn(json(200, "{\"customerId\": \"" + HELD + "\", \"held\": true, \"holds\": [{\"id\": 7,"
                        + " \"reason\": \"LITIGATION\", \"description\": \"" + HOLD_DESCRIPTION + "\", \"endsAt\": null}]}")));
        server.stubFor(get(urlPathEqualTo("/internal/legal-holds/subjects/" + HOLDS_DOWN)).atPriority(1)
                .willReturn(json(503, "{\"status\": 503, \"title\": \"Service Unavailable\"}")));
        holdsAnswer();
        return Map.of("quarkus.rest-client.contact-client.url", server.baseUrl(),
                "quarkus.rest-client.legal-hold-client.url", server.baseUrl());
    }

    /** The held-subjects list answers normally (again). */
    static void holdsAnswer() {
        server.stubFor(get(urlPathEqualTo("/internal/legal-holds/subjects")).atPriority(1)
                .willReturn(json(200, "{\"heldSubjects\": [\"" + HELD + "\", \"customer-held-elsewhere\"]}")));
    }

    /** The held-subjects list cannot be read. */
    static void holdsDown() {
        server.stubFor(get(urlPathEqualTo("/internal/legal-holds/subjects")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static String checkout(String customerId) {
        return "/contacts/" + customerId + "/checkout";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", status == 200 ? "application/json" : "application/problem+json")
                .withBody(body);
    }
}
