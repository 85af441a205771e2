package com.japanautoparts.kura.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * One request followed across the system: an erasure filed through the gateway with the caller's X-Request-Id. The same
 * request id is in the gateway's log and in payment-service's (and every service it reached), each line with the trace
 * id; the trace holds the gateway's spans, every service's hook and their JDBC calls (bin/test's stack logs every span,
 * {@code KURA_TRACING_LOG_SPANS=true}; a cluster sends them to its OTLP collector instead). No span and no log line of it
 * names the customer. And each service lets in only tokens issued for it (aud), against the real realm.
 */
class ObservabilityTest {

    /** The test's own customer: no other test uses him (keycloak/README.md). */
    private static final String CUSTOMER = "kenta";
    /** The services holding subject data, whose erasure hooks the gateway calls (clickstream-service holds nothing). */
    private static final List<String> HOOKED = List.of("contact-service", "payment-service", "consent-service", "disclosure-service");
    private static final Pattern SPAN = Pattern.compile(
            "span trace=(\\p{XDigit}{32}) span=(\\p{XDigit}{16}) parent=(\\S+) kind=(\\S+) name=\"([^\"]*)\" path=(\\S+) status=(\\S+) ms=(\\d+)");

    record Span(String module, String id, String parent, String kind, String name, String path, String status, long ms) {
    }

    @Test
    void anErasureIsOneTraceAndOneRequestIdAcrossTheGatewayAndEveryService() throws IOException {
        String requestId = "e2e-erasure-" + UUID.randomUUID();
        String subject = Kura.subjectOf(CUSTOMER);
        // Something to erase: contact data (contact-service) and an order with its contact snapshot (payment-service).
        Scenario.fullContactData(CUSTOMER);
        Scenario.orderPlaced(subject);
        String location = Kura.as(CUSTOMER).header("X-Request-Id", requestId).body("{\"type\": \"erasure\"}")
                .post("/api/me/requests").then().statusCode(oneOf(200, 202)).header("X-Request-Id", requestId)
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> Kura.as(CUSTOMER)
                .get("/api/me/requests/" + id).then().statusCode(200).body("status", equalTo("completed")));

        // The request id: in the gateway's log and in payment-service's, and in every hooked service's.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (String module : List.of("gateway", "payment-service", "contact-service", "consent-service", "disclosure-service")) {
                assertTrue(lines(module).stream().anyMatch(l -> l.contains("requestId=" + requestId)),
                        module + "'s log names request " + requestId);
            }
        });
        String filed = lines("gateway").stream()
                .filter(l -> l.contains("requestId=" + requestId) && l.contains("Data-subject request " + id + " (erasure) received"))
                .findFirst().orElseThrow();
        Matcher traceId = Pattern.compile("traceId=(\\p{XDigit}{32})").matcher(filed);
        assertTrue(traceId.find(), "the gateway's line names the trace: " + filed);
        String trace = traceId.group(1);
        for (String line : lines("payment-service")) {
            if (line.contains("requestId=" + requestId) && line.contains("Erasure hook answered")) {
                assertTrue(line.contains("traceId=" + trace), "payment-service's hook logs in the same trace: " + line);
            }
        }

        // The trace: the gateway's spans, each hooked service's hook and its database calls, all under one trace id.
        // Spans are written in batches (every few seconds).
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, Span> byId = new LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            spans.clear();
            for (String module : Kura.modules()) {
                spans.put(module, spansOf(module, trace));
            }
            assertTrue(spans.get("gateway").stream().anyMatch(s -> s.kind().equals("SERVER") && s.name().equals("POST /api/me/requests")),
                    "the gateway's span of the filing request: " + spans.get("gateway"));
            assertTrue(spans.get("gateway").stream().anyMatch(s -> s.name().equals("dsr erasure")),
                    "the gateway's fan-out span: " + spans.get("gateway"));
            for (String module : HOOKED) {
                assertTrue(spans.get(module).stream().anyMatch(s -> s.kind().equals("SERVER")
                        && s.name().equals("POST /internal/subjects/{customerId}/erase")), module + "'s erasure hook: " + spans.get(module));
                assertTrue(spans.get(module).stream().anyMatch(s -> s.kind().equals("CLIENT") && s.name().matches("(SELECT|INSERT|UPDATE|DELETE)\\b.*")),
                        module + "'s database calls: " + spans.get(module));
            }
            // One tree (a parent is written after its children, in a later batch): every span's parent is a span of
            // the trace, but the filing request's.
            byId.clear();
            spans.values().forEach(list -> list.forEach(s -> byId.put(s.id(), s)));
            List<Span> roots = byId.values().stream().filter(s -> !byId.containsKey(s.parent())).toList();
            assertTrue(roots.size() == 1 && roots.get(0).name().equals("POST /api/me/requests"), "one root, the filing request: " + roots);
        });
        Span root = byId.values().stream().filter(s -> !byId.containsKey(s.parent())).findFirst().orElseThrow();

        // Nothing in the trace or the request's log lines names the customer.
        for (String module : Kura.modules()) {
            for (String line : lines(module)) {
                if (line.contains(trace) || line.contains(requestId)) {
                    assertFalse(line.contains(subject), module + " logs the customer id: " + line);
                    for (String value : List.of("Yamada", "Jingumae", "Marunouchi", "1234-5678", "hanako@example.jp")) {
                        assertFalse(line.contains(value), module + " logs the customer's data (" + value + "): " + line);
                    }
                }
            }
        }
        write(trace, requestId, root, byId);
    }

    @Test
    void eachServiceLetsInOnlyTokensIssuedForIt() {
        String anyone = UUID.randomUUID().toString();
        // The gateway's own token names the services it calls (hooks, legal holds), not clickstream-service.
        String gateway = Kura.token("gateway");
        given().auth().oauth2(gateway).get(Kura.serviceUrl("contact-service") + "/internal/subjects/" + anyone + "/export")
                .then().statusCode(404);
        given().auth().oauth2(gateway).get(Kura.serviceUrl("clickstream-service") + "/internal/subjects/" + anyone + "/export")
                .then().statusCode(401);
        // A carrier's token is for the gateway and the disclosure broker: straight to contact-service, or through the
        // gateway to it, it is refused there.
        String carrier = Kura.token("carrier-yamato");
        given().auth().oauth2(carrier).get(Kura.serviceUrl("contact-service") + "/contacts/me").then().statusCode(401);
        given().auth().oauth2(carrier).get(Kura.GATEWAY + "/api/contacts/me").then().statusCode(401);
        given().auth().oauth2(carrier).get(Kura.serviceUrl("disclosure-service") + "/disclosures/me").then().statusCode(403);
        // A person's token names the gateway and every service: through the gateway and straight to a service.
        Kura.as("hanako").get("/api/consents/me").then().statusCode(200);
        given().auth().oauth2(Kura.token("hanako")).contentType(ContentType.JSON)
                .get(Kura.serviceUrl("consent-service") + "/consents/me").then().statusCode(200);
        // A client-credentials token of a service that calls no one names no service at all.
        given().auth().oauth2(Kura.token("clickstream-service"))
                .get(Kura.serviceUrl("disclosure-service") + "/internal/legal-holds/subjects").then().statusCode(401);
    }

    private static List<Span> spansOf(String module, String trace) throws IOException {
        List<Span> spans = new ArrayList<>();
        for (String line : lines(module)) {
            Matcher m = SPAN.matcher(line);
            if (m.find() && m.group(1).equals(trace)) {
                spans.add(new Span(module, m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7),
                        Long.parseLong(m.group(8))));
            }
        }
        return spans;
    }

    private static List<String> lines(String module) throws IOException {
        Path log = Kura.STATE.resolve("logs").resolve(module + ".log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    /** The trace as a tree, in e2e/target/traces/ and on the console: the must-show of issue 18. */
    private static void write(String trace, String requestId, Span root, Map<String, Span> byId) {
        StringBuilder out = new StringBuilder("Trace " + trace + " (X-Request-Id " + requestId + "): " + byId.size() + " spans\n");
        tree(out, root, byId, 0);
        Reports.publish("An erasure's trace (issue 18)", "traces/erasure-" + trace + ".txt", out);
    }

    private static void tree(StringBuilder out, Span span, Map<String, Span> byId, int depth) {
        out.append("  ".repeat(depth)).append(span.module()).append("  ").append(span.kind()).append("  ")
                .append(span.name()).append("  status=").append(span.status()).append("  ").append(span.ms()).append(" ms\n");
        byId.values().stream().filter(s -> s.parent().equals(span.id())).forEach(child -> tree(out, child, byId, depth + 1));
    }
}
