package com.japanautoparts.kura.disclosure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock stand-in (bodies as the real services serve them, see their Examples) for payment-service, contact-service and the token endpoint, for this module's
 * own tests only (the end-to-end suite runs the broker against the real services). Every projection
 * stub answers only when the request carries the broker's client-credentials token, so the tests
 * also show that the OIDC client filter is in place.
 */
@QuarkusTestResource(UpstreamStubs.class)
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    static final String BROKER_TOKEN = "broker-token-from-client-credentials";
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\": \"" + BROKER_TOKEN + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
        String url = server.baseUrl();
        return Map.of(
                "quarkus.oidc-client.auth-server-url", url,
                "quarkus.oidc-client.client-id", "disclosure-service",
                "quarkus.oidc-client.credentials.secret", "test-secret",
                "quarkus.rest-client.payment-client.url", url,
                "quarkus.rest-client.contact-client.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static WireMockServer server() {
        return server;
    }

    /**
     * payment-service knows this order, shipped a day ago and not delivered yet: delivery assigned to carrierId, payment
     * to processorId, with the contact data it was placed with.
     */
    static void order(String orderId, String customerId, String carrierId, String processorId) {
        Instant now = Instant.now();
        order(orderId, customerId, carrierId, processorId, "shipped", Map.of("placed", now.minus(Duration.ofDays(2)),
                "paid", now.minus(Duration.ofDays(2)), "shipped", now.minus(Duration.ofDays(1))));
    }

    /** payment-service knows this order, in this status, having reached each status at the given time. */
    static void order(String orderId, String customerId, String carrierId, String processorId, String status,
            Map<String, Instant> statusTimes) {
        String times = statusTimes.entrySet().stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ", "{", "}"));
        stubJson("/internal/orders/" + orderId + "/projections/delivery", """
                {"orderId": "%s", "customerId": "%s", "status": "%s", "statusTimes": %s, "itemsCount": 2, "carrierId": "%s",
                 "trackingNumber": "TRK-%s",
                 "name": {"family": "%s", "given": "Hanako", "familyKana": "ヤマダ", "givenKana": "ハナコ"},
                 "shippingAddress": {"country": "JP", "postalCode": "150-0001", "line1": "%s"},
                 "phone": {"type": "MOBILE", "number": "%s"},
                 "dataItems": ["user.unique_id", "user.name", "user.name.reading", "user.contact.address.shipping", "user.contact.phone_number",
                               "user.behavior.purchase_history", "user.behavior.purchase_history.shipment"],
                 "unexpectedField": "dropped"}"""
                .formatted(orderId, customerId, status, times, carrierId, orderId, Fixtures.FAMILY, Fixtures.LINE1, Fixtures.PHONE));
        stubJson("/internal/orders/" + orderId + "/projections/payment", """
                {"orderId": "%s", "customerId": "%s", "status": "%s", "statusTimes": %s, "processorId": "%s",
                 "paymentToken": "tok_%s", "amount": 12800, "currency": "JPY",
                 "name": {"family": "%s", "given": "Hanako", "familyKana": "ヤマダ"},
                 "billingAddress": {"country": "US", "postalCode": "94105", "line1": "%s"},
                 "dataItems": ["user.unique_id", "user.name", "user.contact.address.billing", "user.behavior.purchase_history.amount",
                               "user.financial.credit_card.token"]}"""
                .formatted(orderId, customerId, status, times, processorId, orderId, Fixtures.FAMILY, Fixtures.BILLING_LINE1));
    }

    /** payment-service refuses this order's id as malformed (a 400), as it would an id longer than 36 characters. */
    static void orderRejected(String orderId) {
        server.stubFor(get(urlEqualTo("/internal/orders/" + orderId + "/projections/payment")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 400}")));
    }

    /** How many requests for the customer's projections reached contact-service. */
    static int contactRequestsFor(String customerId) {
        return server.findAll(getRequestedFor(urlPathMatching("/internal/contacts/" + Pattern.quote(customerId) + "/.*"))).size();
    }

    /** How many of them said they read on behalf of this party (header X-Kura-On-Behalf-Of). */
    static int contactRequestsFor(String customerId, String onBehalfOf) {
        return server.findAll(getRequestedFor(urlPathMatching("/internal/contacts/" + Pattern.quote(customerId) + "/.*"))
                .withHeader("X-Kura-On-Behalf-Of", equalTo(onBehalfOf))).size();
    }

    /** How many requests for the order's projections reached payment-service. */
    static int requestsFor(String orderId) {
        return server.findAll(getRequestedFor(urlPathMatching("/internal/orders/" + Pattern.quote(orderId) + "/.*"))).size();
    }

    /** contact-service knows this customer, with the projections contact-service serves. */
    static void contact(String customerId) {
        stubJson("/internal/contacts/" + customerId + "/projections/delivery", """
                {"customerId": "%s", "purpose": "delivery",
                 "dataItems": ["user.name", "user.name.reading", "user.contact.address.shipping", "user.contact.phone_number"],
                 "name": {"family": "%s", "given": "Hanako", "familyKana": "ヤマダ", "givenKana": "ハナコ"},
                 "shippingAddress": {"type": "SHIPPING", "country": "JP", "postalCode": "150-0001", "line1": "%s"},
                 "phone": {"type": "MOBILE", "number": "%s"}}""".formatted(customerId, Fixtures.FAMILY, Fixtures.LINE1, Fixtures.PHONE));
        stubJson("/internal/contacts/" + customerId + "/projections/payment", """
                {"customerId": "%s", "purpose": "payment", "dataItems": ["user.name", "user.contact.address.billing"],
                 "name": {"family": "%s", "given": "Hanako"},
                 "billingAddress": {"type": "BILLING", "country": "US", "postalCode": "94105", "line1": "%s"}}"""
                .formatted(customerId, Fixtures.FAMILY, Fixtures.BILLING_LINE1));
        stubJson("/internal/contacts/" + customerId + "/projections/support", """
                {"customerId": "%s", "purpose": "support", "dataItems": ["user.name", "user.contact.email"],
                 "name": {"family": "%s", "given": "Hanako"}, "email": {"address": "%s"}}"""
                .formatted(customerId, Fixtures.FAMILY, Fixtures.EMAIL));
    }

    /** payment-service fails for this order. */
    static void orderFails(String orderId) {
        server.stubFor(get(urlEqualTo("/internal/orders/" + orderId + "/projections/delivery"))
                .willReturn(aResponse().withStatus(500)));
    }

    private static void stubJson(String path, String body) {
        server.stubFor(get(urlEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + BROKER_TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }
}
