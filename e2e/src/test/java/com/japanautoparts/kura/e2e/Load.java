package com.japanautoparts.kura.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The storefront under a fault: a few clients placing orders through the gateway, each with its own Idempotency-Key, and
 * sending an order again with the same key after a 5xx, a 409 (still in flight), a timeout or a refused connection, until
 * it is acknowledged (2xx) or refused for good (another 4xx). Loopback only. Counts what a tester would: requests sent,
 * orders acknowledged (the order ids answered), answers by status, and when the last failure was.
 */
final class Load implements AutoCloseable {

    /** How long one attempt may take before the client gives up on it and sends it again (a timeout). */
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
    /** A client waits Retry-After, but never more than this, and at least the floor, before sending again. */
    private static final long BACKOFF_FLOOR_MS = 200;
    private static final long BACKOFF_CEILING_MS = 1000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String token;
    private final String body;
    private final ExecutorService clients;
    private final AtomicBoolean placing = new AtomicBoolean(true);
    private final Future<?>[] running;

    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger keys = new AtomicInteger();
    final AtomicInteger replayed = new AtomicInteger();
    final AtomicInteger transportErrors = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
    /** Idempotency key -> the order id acknowledged for it. */
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** Keys sent more than once (after a failure), and acknowledged. */
    final Set<String> retriedAndAcknowledged = ConcurrentHashMap.newKeySet();
    final AtomicLong firstFailureNanos = new AtomicLong();
    final AtomicLong lastFailureNanos = new AtomicLong();

    Load(int clientCount, String token, String body) {
        this.token = token;
        this.body = body;
        this.clients = Executors.newFixedThreadPool(clientCount);
        this.running = new Future<?>[clientCount];
        for (int i = 0; i < clientCount; i++) {
            running[i] = clients.submit(this::client);
        }
    }

    /** Stops taking new orders; each client finishes the order it is sending (bounded), then the clients end. */
    void finish(Duration bound) throws Exception {
        placing.set(false);
        long deadline = System.nanoTime() + bound.toNanos();
        for (Future<?> client : running) {
            client.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    int fiveHundreds() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(e -> e.getValue().get()).sum();
    }

    /** The 5xx answers by status, e.g. {502=3, 503=41}. */
    SortedMap<Integer, Integer> serverErrors() {
        SortedMap<Integer, Integer> errors = new TreeMap<>();
        byStatus.forEach((status, count) -> {
            if (status >= 500) {
                errors.put(status, count.get());
            }
        });
        return errors;
    }

    private void client() {
        while (placing.get()) {
            String key = UUID.randomUUID().toString();
            keys.incrementAndGet();
            int attempts = 0;
            // An order once started is sent until it is answered for good, even after the load stops.
            while (true) {
                attempts++;
                Outcome outcome = attempt(key);
                if (outcome.done()) {
                    if (outcome.orderId() != null) {
                        acknowledged.put(key, outcome.orderId());
                        if (attempts > 1) {
                            retriedAndAcknowledged.add(key);
                        }
                    }
                    break;
                }
                failed();
                backOff(outcome.retryAfterMs());
            }
        }
    }

    private Outcome attempt(String key) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Kura.GATEWAY + "/api/orders")).timeout(ATTEMPT_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        sent.incrementAndGet();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            transportErrors.incrementAndGet();
            return new Outcome(false, null, BACKOFF_FLOOR_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = response.statusCode();
        byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status == 201) {
            if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                replayed.incrementAndGet();
            }
            String location = response.headers().firstValue("Location").orElseThrow();
            return new Outcome(true, location.substring(location.lastIndexOf('/') + 1), 0);
        }
        if (status >= 500 || status == 409 || status == 429) {
            long retryAfter = response.headers().firstValue("Retry-After").map(Load::seconds).orElse(0L) * 1000;
            return new Outcome(false, null, retryAfter);
        }
        refused.incrementAndGet();
        return new Outcome(true, null, 0);
    }

    private void failed() {
        long now = System.nanoTime();
        firstFailureNanos.compareAndSet(0, now);
        lastFailureNanos.accumulateAndGet(now, Math::max);
    }

    /** The client's back-off before sending the same order again (a retrying client, not a test waiting). */
    private static void backOff(long retryAfterMs) {
        long wait = Math.min(BACKOFF_CEILING_MS, Math.max(BACKOFF_FLOOR_MS, retryAfterMs));
        CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS)).join();
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public void close() {
        placing.set(false);
        clients.shutdownNow();
    }

    private record Outcome(boolean done, String orderId, long retryAfterMs) {
    }
}
