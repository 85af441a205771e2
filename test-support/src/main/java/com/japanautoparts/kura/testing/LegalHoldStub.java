package com.japanautoparts.kura.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for disclosure-service's legal holds (answers shaped as disclosure-service sends them) and the token
 * endpoint kura-legal-hold-client gets its token from, on a random local port. Nobody is held but {@link #HELD};
 * asking about {@link #HOLDS_DOWN} fails (503), about {@link #HOLDS_RESET} the connection is reset. A test may hold
 * another subject or take the whole service down; {@link #reset()} undoes that.
 */
public class LegalHoldStub implements QuarkusTestResourceLifecycleManager {

    public static final String HELD = "customer-under-legal-hold";
    public static final String HOLD_DESCRIPTION = "Litigation: Tanaka v. Japan Auto Parts, Tokyo District Court";
    public static final String HOLDS_DOWN = "customer-legal-holds-down";
    public static final String HOLDS_RESET = "customer-legal-holds-reset";
    /** Held, but unknown to the service under test: the list of held subjects is never just the ones it has. */
    private static final String HELD_ELSEWHERE = "customer-held-elsewhere";
    private static final String SUBJECTS = "/internal/legal-holds/subjects";

    private static WireMockServer server;
    private static final Set<String> held = new LinkedHashSet<>();

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        reset();
        return Map.of(
                "quarkus.rest-client.legal-hold-client.url", server.baseUrl(),
                "quarkus.oidc-client.auth-server-url", server.baseUrl(),
                "quarkus.oidc-client.credentials.secret", "test-secret");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Back to the start: only {@link #HELD} held, the service up. */
    public static void reset() {
        server.resetAll();
        server.stubFor(post(urlPathEqualTo("/token")).willReturn(okJson(
                "{\"access_token\": \"legal-hold-reader-token\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
        server.stubFor(get(urlPathMatching(SUBJECTS + "/[^/]+")).atPriority(10)
                .willReturn(okJson("{\"customerId\": \"someone\", \"held\": false, \"holds\": []}")));
        server.stubFor(get(urlPathEqualTo(SUBJECTS + "/" + HOLDS_DOWN)).atPriority(5).willReturn(unavailable()));
        server.stubFor(get(urlPathEqualTo(SUBJECTS + "/" + HOLDS_RESET)).atPriority(5)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        held.clear();
        held.add(HELD_ELSEWHERE);
        hold(HELD, HOLD_DESCRIPTION);
    }

    /** Puts the subject under a hold with this description, until {@link #reset()}. */
    public static void hold(String subject, String description) {
        held.add(subject);
        server.stubFor(get(urlPathEqualTo(SUBJECTS + "/" + subject)).atPriority(5).willReturn(okJson("""
                {"customerId": "%s", "held": true, "holds": [{"id": 7, "reason": "litigation", "description": "%s",
                 "endsAt": null}]}""".formatted(subject, description))));
        server.stubFor(get(urlPathEqualTo(SUBJECTS)).atPriority(5).willReturn(okJson("{\"heldSubjects\": ["
                + held.stream().map(s -> '"' + s + '"').collect(Collectors.joining(", ")) + "]}")));
    }

    /** Every legal-hold question fails, until {@link #reset()}. */
    public static void down() {
        server.stubFor(get(urlPathMatching(SUBJECTS + "(/.*)?")).atPriority(1).willReturn(unavailable()));
    }

    /** How many times a subject's holds were asked for ({@code GET /internal/legal-holds/subjects/{id}}) so far. */
    public static int subjectLookups() {
        return server.findAll(getRequestedFor(urlPathMatching(SUBJECTS + "/.+"))).size();
    }

    private static ResponseDefinitionBuilder unavailable() {
        return aResponse().withStatus(503).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 503, \"title\": \"Service Unavailable\"}");
    }
}
