package com.japanautoparts.kura.disclosure.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.disclosure.config.DisclosureConfig;

/** The per-actor token buckets alone (no Quarkus, a hand-moved clock): one actor's flood never touches another's budget. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(limits(60, 10, Map.of("slow-app", 6)), now::get);

    @Test
    void aBurstThenOnePerSecondAndTheWaitIsSaid() {
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.acquire("carrier-a").isEmpty(), "request " + i + " of the burst");
        }
        assertEquals(1, limiter.acquire("carrier-a").getAsLong(), "at 60 a minute the next token comes within a second");
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1_000));
        assertTrue(limiter.acquire("carrier-a").isEmpty());
        assertTrue(limiter.acquire("carrier-a").isPresent());
    }

    @Test
    void oneActorsFloodLeavesAnotherUntouchedAndAClientCanHaveItsOwnRate() {
        for (int i = 0; i < 100; i++) {
            limiter.acquire("flooder");
        }
        assertTrue(limiter.acquire("processor").isEmpty());
        for (int i = 0; i < 6; i++) {
            assertTrue(limiter.acquire("slow-app").isEmpty());
        }
        assertEquals(10, limiter.acquire("slow-app").getAsLong(), "6 a minute: one every 10 seconds");
    }

    private static DisclosureConfig.Broker.RateLimit limits(int perMinute, int burst, Map<String, Integer> perClient) {
        return new DisclosureConfig.Broker.RateLimit() {
            @Override
            public int perMinute() {
                return perMinute;
            }

            @Override
            public int burst() {
                return burst;
            }

            @Override
            public Map<String, Integer> perClient() {
                return perClient;
            }
        };
    }
}
