package com.japanautoparts.kura.contact;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in, on a random local port, for disclosure-service's intake of corrections and erasures
 * ({@code POST /internal/disclosures/changes}) and for payment-service's intake of contact corrections
 * ({@code PUT /internal/customers/{customerId}/contact}): each takes everything, or refuses all with 503 after
 * {@link #down()} or {@link #ordersDown()}.
 */
public class ChangeReportStub implements QuarkusTestResourceLifecycleManager {

    static final String PATH = "/internal/disclosures/changes";
    static final String ORDERS_PATH = "/internal/customers/[^/]+/contact";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        reset();
        return Map.of("quarkus.rest-client.change-report-client.url", server.baseUrl(),
                "quarkus.rest-client.order-contact-client.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static void reset() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"notices\": 1}")));
        server.stubFor(put(urlPathMatching(ORDERS_PATH)).willReturn(okJson("{\"ordersUpdated\": 1}")));
    }

    static void down() {
        server.stubFor(post(urlPathEqualTo(PATH)).atPriority(1).willReturn(unavailable()));
    }

    static void ordersDown() {
        server.stubFor(put(urlPathMatching(ORDERS_PATH)).atPriority(1).willReturn(unavailable()));
    }

    static List<LoggedRequest> received() {
        return server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
    }

    /** What payment-service was sent. */
    static List<LoggedRequest> receivedByOrders() {
        return server.findAll(putRequestedFor(urlPathMatching(ORDERS_PATH)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder unavailable() {
        return aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json").withBody("{\"status\": 503}");
    }
}
