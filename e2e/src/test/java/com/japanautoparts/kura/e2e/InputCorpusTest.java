package com.japanautoparts.kura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed requests, generated from every service's OpenAPI document (every operation, every path and
 * query parameter, every body field, the body as a whole): none gets a 5xx, every refusal is a problem document, no
 * card number is accepted and none is stored in any service database. Runs after the scenarios (its requests change
 * what the demo parties hold); the card sweep runs last.
 */
@Order(Integer.MAX_VALUE - 1)
class InputCorpusTest {

    /** Statuses that may come without a problem document: Quarkus' own authentication and authorisation answers. */
    private static final List<Integer> BARE_ALLOWED = List.of(401, 403);

    @Test
    void malformedRequestsAreRefusedWithoutA5xxAndNoCardNumberIsStored() {
        Corpus.Context context = CorpusSetup.context();
        List<OpenApi.Operation> operations = CorpusSetup.operations();
        List<Corpus.Probe> probes = Corpus.build(operations, context, CardForms.sample());
        long started = System.nanoTime();
        List<Corpus.Outcome> outcomes = Corpus.send(probes, 4);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        Map<String, Long> byKind = count(outcomes, o -> o.probe().kind());
        Map<String, Long> byStatus = count(outcomes, o -> Integer.toString(o.answer().status()));
        Map<String, Long> byModule = count(outcomes, o -> o.probe().operation().module());
        List<Corpus.Outcome> serverErrors = outcomes.stream().filter(o -> o.answer().status() >= 500 || o.answer().status() == 0).toList();
        List<Corpus.Outcome> bare = outcomes.stream().filter(o -> o.answer().status() >= 400 && o.answer().status() < 500
                && !BARE_ALLOWED.contains(o.answer().status()) && !o.answer().isProblem()).toList();
        List<Corpus.Outcome> cardsTaken = outcomes.stream().filter(o -> o.probe().card() != null && o.answer().status() < 400).toList();
        List<String> stored = Sweep.find(CardForms.PANS, Sweep.databases());

        StringBuilder report = new StringBuilder();
        report.append(String.format("%d requests over %d operations of %d services in %d s%n", outcomes.size(), operations.size(),
                byModule.size(), seconds));
        report.append("by service: ").append(byModule).append('\n');
        report.append("by kind: ").append(byKind).append('\n');
        report.append("by status: ").append(byStatus).append('\n');
        report.append(String.format("5xx or no answer: %d; refusals without a problem document: %d; card numbers accepted: %d;"
                + " card numbers stored: %d%n", serverErrors.size(), bare.size(), cardsTaken.size(), stored.size()));
        serverErrors.stream().limit(40).forEach(o -> report.append("5xx: ").append(o.probe()).append(" -> ").append(o.answer()).append('\n'));
        bare.stream().limit(40).forEach(o -> report.append("no problem document: ").append(o.probe()).append(" -> ").append(o.answer()).append('\n'));
        cardsTaken.stream().limit(40).forEach(o -> report.append("card number accepted: ").append(o.probe()).append(" -> ")
                .append(o.answer()).append('\n'));
        Reports.publish("Input corpus (issue 13)", "input-corpus.txt", report);

        assertTrue(outcomes.size() >= 5000, "the corpus has " + outcomes.size() + " requests");
        assertEquals(0, serverErrors.size(), "responses with a 5xx (or none), the first: "
                + serverErrors.stream().limit(5).map(o -> o.probe() + " -> " + o.answer()).toList());
        assertEquals(0, bare.size(), "refusals without a problem document, the first: "
                + bare.stream().limit(5).map(o -> o.probe() + " -> " + o.answer()).toList());
        assertEquals(0, cardsTaken.size(), "card numbers accepted, the first: "
                + cardsTaken.stream().limit(5).map(o -> o.probe() + " -> " + o.answer()).toList());
        assertEquals(List.of(), stored, "card numbers stored");
    }

    private static Map<String, Long> count(List<Corpus.Outcome> outcomes, Function<Corpus.Outcome, String> key) {
        return outcomes.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
