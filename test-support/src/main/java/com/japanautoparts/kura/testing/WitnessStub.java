package com.japanautoparts.kura.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for the other service's ledger witness ({@code /internal/ledger-witness/{ledger}/checkpoints}, kura-ledger's
 * WitnessResource) on a random local port: it keeps every checkpoint handed in, in order, and answers the newest. It
 * checks nothing (the real witness's checks are tested where it runs). A test may take it down ({@link #down()}), or put a
 * checkpoint of its own making in as the newest ({@link #keep}); {@link #reset()} forgets everything.
 */
public class WitnessStub implements QuarkusTestResourceLifecycleManager {

    private static final Pattern PATH = Pattern.compile("/internal/ledger-witness/([a-z-]+)/checkpoints(/newest)?");
    private static final Map<String, List<String>> KEPT = new ConcurrentHashMap<>();
    private static volatile boolean down;
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        reset();
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new Keeper()));
        server.start();
        server.stubFor(any(urlPathMatching("/internal/ledger-witness/.*")).willReturn(aResponse().withTransformers(Keeper.NAME)));
        return Map.of("quarkus.rest-client.ledger-witness.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Up, and holding nothing. */
    public static void reset() {
        KEPT.clear();
        down = false;
    }

    /** Every call fails with 503 until {@link #up()} or {@link #reset()}. */
    public static void down() {
        down = true;
    }

    public static void up() {
        down = false;
    }

    /** The checkpoints (JSON) handed in for a ledger, oldest first. */
    public static List<String> kept(String ledger) {
        return List.copyOf(KEPT.getOrDefault(ledger, List.of()));
    }

    /** Keeps a checkpoint (JSON) as if it had been handed in: it is the newest now. */
    public static void keep(String ledger, String checkpoint) {
        KEPT.computeIfAbsent(ledger, l -> new ArrayList<>()).add(checkpoint);
    }

    /** Answers the witness's paths from what it keeps. */
    static final class Keeper implements ResponseDefinitionTransformerV2 {

        static final String NAME = "ledger-witness";

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            if (down) {
                return json(503, "{\"status\": 503, \"title\": \"Service Unavailable\"}", "application/problem+json");
            }
            Matcher path = PATH.matcher(event.getRequest().getUrl().replaceFirst("\\?.*", ""));
            if (!path.matches()) {
                return json(404, "{\"status\": 404}", "application/problem+json");
            }
            String ledger = path.group(1);
            if (path.group(2) == null && "POST".equals(event.getRequest().getMethod().getName())) {
                keep(ledger, event.getRequest().getBodyAsString());
                return json(201, "{\"ledger\": \"" + ledger + "\"}", "application/json");
            }
            List<String> kept = kept(ledger);
            return kept.isEmpty() ? json(404, "{\"status\": 404}", "application/problem+json")
                    : json(200, kept.get(kept.size() - 1), "application/json");
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }

        private static ResponseDefinition json(int status, String body, String type) {
            return aResponse().withStatus(status).withHeader("Content-Type", type).withBody(body).build();
        }
    }
}
