package com.japanautoparts.kura.clickstream.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.clickstream.config.ClickstreamConfig;

import io.quarkus.logging.Log;

/**
 * Turns the storefront's session pseudonym into the value stored: HMAC-SHA256 with the random key of
 * the UTC day of receipt, cut to 128 bits. The same session gives a different value every day, and
 * once a day's key is discarded (after the attribution window) its values cannot be linked to anything.
 */
@ApplicationScoped
public class PseudonymService {

    static final int PSEUDONYM_BYTES = 16;
    private static final String HMAC = "HmacSHA256";

    private final DailyKeyStore store;
    private final Clock clock;
    private final ClickstreamConfig config;
    /** Keys by day; an empty value remembers that a past day has no key (none is ever created for a past day). */
    private final ConcurrentMap<LocalDate, Optional<SecretKeySpec>> cache = new ConcurrentHashMap<>();

    public PseudonymService(DailyKeyStore store, Clock clock, ClickstreamConfig config) {
        this.store = store;
        this.clock = clock;
        this.config = config;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The first day whose key is still kept: keys of earlier days are discarded. */
    public LocalDate firstKeptDay() {
        return clock.instant().minus(config.attribution().window()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Today's pseudonym of a session; creates today's key if needed. */
    public byte[] today(String sessionId) {
        LocalDate day = today();
        Optional<SecretKeySpec> key = cache.get(day);
        if (key == null || key.isEmpty()) {
            key = cache.compute(day, (d, known) -> known != null && known.isPresent() ? known
                    : Optional.of(spec(store.loadOrCreate(d, clock.instant()))));
        }
        return hmac(key.orElseThrow(), sessionId);
    }

    /**
     * The session's pseudonyms on every day whose key is still kept, today included: what a landing of
     * the same session within the attribution window may have been stored under. Creates no old keys.
     */
    public List<byte[]> withinWindow(String sessionId) {
        List<byte[]> pseudonyms = new ArrayList<>();
        for (LocalDate day = firstKeptDay(); !day.isAfter(today()); day = day.plusDays(1)) {
            keyOf(day).ifPresent(key -> pseudonyms.add(hmac(key, sessionId)));
        }
        return pseudonyms;
    }

    /** How many keys of days before the given one are still kept. */
    public long keysBefore(LocalDate first) {
        return store.countBefore(first);
    }

    /** Deletes the keys of days before the given one (the retention purge's cutoff) and forgets them here. */
    public long discardKeysBefore(LocalDate first) {
        cache.keySet().removeIf(day -> day.isBefore(first));
        long deleted = store.deleteBefore(first);
        Log.debugf("Discarded %d daily pseudonym keys before %s", deleted, first);
        return deleted;
    }

    private Optional<SecretKeySpec> keyOf(LocalDate day) {
        Optional<SecretKeySpec> cached = cache.get(day);
        if (cached != null && (cached.isPresent() || day.isBefore(today()))) {
            return cached;
        }
        Optional<SecretKeySpec> key = store.find(day).map(PseudonymService::spec);
        if (key.isPresent() || day.isBefore(today())) {
            cache.put(day, key);
        }
        return key;
    }

    private static SecretKeySpec spec(byte[] key) {
        return new SecretKeySpec(key, HMAC);
    }

    /** Mac instances are not thread-safe and costly to look up: one per thread, keyed again per call. */
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance(HMAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    });

    private static byte[] hmac(SecretKeySpec key, String sessionId) {
        try {
            Mac mac = MAC.get();
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8)), PSEUDONYM_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
