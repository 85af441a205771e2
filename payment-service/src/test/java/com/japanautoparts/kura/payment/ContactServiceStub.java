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
                .willReturn(json(200, checkoutView("someone", "150-0001", "1-2-3 Jingumae"))));
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

    /** contact-service's checkout view, as it serves it (with the email and fields payment-service drops on reading). */
    static String checkoutView(String customerId, String postalCode, String line1) {
        return """
                {"customerId": "%s", "name": {"family": "Yamada", "given": "Hanako"},
                 "shippingAddress": {"type": "SHIPPING", "country": "JP", "postalCode": "%s", "line1": "%s"},
                 "billingAddress": {"type": "BILLING", "country": "JP", "postalCode": "100-0005", "line1": "1-1 Marunouchi"},
                 "email": {"address": "never.kept@example.jp"}, "phone": {"type": "MOBILE", "number": "+81 90-1234-5678"},
                 "hasShippingAddress": true, "loyaltyTier": "gold"}""".formatted(customerId, postalCode, line1);
    }

    /** contact-service answers this customer's checkout with this address from now on. */
    static void customerLivesAt(String customerId, String postalCode, String line1) {
        server.stubFor(get(urlPathEqualTo(checkout(customerId))).atPriority(1).willReturn(json(200, checkoutView(customerId, postalCode, line1))));
    }

    static String checkout(String customerId) {
        return "/contacts/" + customerId + "/checkout";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", status == 200 ? "application/json" : "application/problem+json")
                .withBody(body);
    }
}
