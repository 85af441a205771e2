package com.japanautoparts.kura.disclosure.service;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.japanautoparts.kura.disclosure.config.DisclosureConfig;

/**
 * Per-actor token buckets in front of the broker: each actor (a third party's OIDC client, a staff member) may make
 * {@code disclosure.broker.rate-limit.per-minute} requests a minute, at most {@code burst} at once; a client can have its
 * own rate ({@code per-client."<client id>"}). One actor's flood empties only its own bucket. Memory: one small bucket
 * per actor seen (actors are the realm's clients and staff, a bounded set). Per instance.
 */
@ApplicationScoped
public class RateLimiter {

    private final DisclosureConfig.Broker.RateLimit config;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanos;

    @Inject
    public RateLimiter(DisclosureConfig config) {
        this(config.broker().rateLimit(), System::nanoTime);
    }

    RateLimiter(DisclosureConfig.Broker.RateLimit config, LongSupplier nanos) {
        this.config = config;
        this.nanos = nanos;
    }

    /** Takes one request from the actor's bucket: empty if allowed, else the seconds until the next one is (at least 1). */
    public OptionalLong acquire(String actor) {
        return buckets.computeIfAbsent(actor, this::bucketFor).take(nanos.getAsLong());
    }

    private Bucket bucketFor(String actor) {
        Integer own = config.perClient().get(actor);
        int perMinute = own != null ? own : config.perMinute();
        int burst = own != null ? Math.min(own, config.burst()) : config.burst();
        return new Bucket(Math.max(1, perMinute), Math.max(1, burst), nanos.getAsLong());
    }

    private static final class Bucket {

        private final double perNano;
        private final double capacity;
        private double tokens;
        private long last;

        Bucket(int perMinute, int capacity, long now) {
            this.perNano = perMinute / (double) TimeUnit.MINUTES.toNanos(1);
            this.capacity = capacity;
            this.tokens = capacity;
            this.last = now;
        }

        synchronized OptionalLong take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            long waitNanos = (long) Math.ceil((1 - tokens) / perNano);
            return OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + TimeUnit.SECONDS.toNanos(1) - 1)));
        }
    }
}
