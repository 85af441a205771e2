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
 * Stands in for contact-service's {@code GET /contacts/{customerId}/checkout} on a random local port.
 * Every customer has a shipping address except the few named here.
 */
public class ContactServiceStub implements QuarkusTestResourceLifecycleManager {

    static final String NO_ADDRESS = "customer-without-shipping-address";
    static final String NO_PROFILE = "customer-without-profile";
    static final String CONTACT_DOWN = "customer-contact-down";
    static final String CONTACT_RESET = "customer-contact-reset";

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
        return Map.of("quarkus.rest-client.contact-client.url", server.baseUrl());
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
