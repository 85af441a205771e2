package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.japanautoparts.kura.disclosure.api.RefusalDto;
import com.japanautoparts.kura.disclosure.config.DisclosureConfig;
import com.japanautoparts.kura.disclosure.domain.Recipient;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Refused disclosure attempts, counted without a ledger row each: in memory per actor (a recipient's OIDC client, or a
 * staff member), reason, purpose and rule version, with the distinct subjects asked about (up to
 * {@code disclosure.refusals.max-subjects}); every {@code disclosure.refusals.flush-every} the counts become one
 * aggregate ledger row each ({@code attempts}, {@code reference refusals:<from>/<to>}), all in one append. A flood of
 * refusals therefore costs one counter increment per request and a handful of rows per period, whatever its size. Every
 * refusal also counts in {@code kura_disclosure_refusals_total} (tags recipient, reason). A failed write keeps the counts
 * for the next period; an orderly shutdown writes them; a crash loses at most one period's counts (the metric and the
 * caller's own answer remain).
 */
@ApplicationScoped
public class RefusalTally {

    /** What a row counts: one actor's refusals for one reason, purpose and rule version. */
    private record Key(String recipientId, String actor, String reason, String purpose, Integer ruleVersion) {
    }

    private static final class Count {
        long attempts;
        final Set<String> subjects = new LinkedHashSet<>();
    }

    private final LedgerService ledger;
    private final Clock clock;
    private final MeterRegistry registry;
    private final int maxSubjects;
    /** Guards counts and since; held only for a counter increment or a swap, never across a write. */
    private final Object lock = new Object();
    private Map<Key, Count> counts = new HashMap<>();
    private Instant since;

    public RefusalTally(LedgerService ledger, Clock clock, MeterRegistry registry, DisclosureConfig config) {
        this.ledger = ledger;
        this.clock = clock;
        this.registry = registry;
        this.maxSubjects = config.refusals().maxSubjects();
        this.since = Instant.now(clock);
    }

    /**
     * Counts one refused attempt. {@code recipient} null: the caller is no registered recipient, or was refused before it
     * was looked up (a rate-limited client: it is resolved by its client id when the row is written); {@code subject}: the
     * customer whose order or data was asked for, when known.
     */
    public void count(Recipient recipient, String actor, String reason, String purpose, String subject, Integer ruleVersion) {
        Key key = new Key(recipient == null ? null : recipient.id, actor, reason, purpose, ruleVersion);
        synchronized (lock) {
            Count count = counts.computeIfAbsent(key, k -> new Count());
            count.attempts++;
            if (subject != null && count.subjects.size() < maxSubjects) {
                count.subjects.add(subject);
            }
        }
        registry.counter("kura.disclosure.refusals", "recipient", key.recipientId() == null ? "unregistered" : key.recipientId(),
                "reason", reason).increment();
    }

    @Scheduled(every = "${disclosure.refusals.flush-every:60s}", identity = "disclosure-refusals",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFlush() {
        flush();
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }

    /** Writes the counts so far as aggregate ledger rows; returns how many rows. One flush at a time. */
    public synchronized int flush() {
        Map<Key, Count> due;
        Instant from;
        Instant to = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        synchronized (lock) {
            if (counts.isEmpty()) {
                since = to;
                return 0;
            }
            due = counts;
            from = since;
            counts = new HashMap<>();
            since = to;
        }
        String reference = "refusals:" + from.truncatedTo(ChronoUnit.SECONDS) + "/" + to;
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                List<LedgerDraft> drafts = new ArrayList<>(due.size());
                due.entrySet().stream().sorted(Comparator.comparing((Map.Entry<Key, Count> e) -> -e.getValue().attempts))
                        .forEach(e -> drafts.add(LedgerDraft.refusals(resolve(e.getKey()).orElse(null),
                                List.copyOf(e.getValue().subjects), reference, e.getKey().purpose(), e.getKey().actor(),
                                e.getKey().reason(), e.getKey().ruleVersion(), (int) Math.min(Integer.MAX_VALUE, e.getValue().attempts))));
                return ledger.appendAll(drafts).size();
            });
        } catch (RuntimeException e) {
            Log.errorf("Refused attempts could not be recorded (%s); they are kept for the next run", e.getClass().getName());
            synchronized (lock) {
                due.forEach((key, count) -> {
                    Count merged = counts.computeIfAbsent(key, k -> new Count());
                    merged.attempts += count.attempts;
                    count.subjects.stream().limit(Math.max(0, maxSubjects - merged.subjects.size())).forEach(merged.subjects::add);
                });
                since = from;
            }
            return 0;
        }
    }

    /** The counts not written yet, busiest first. */
    public List<RefusalDto> pending() {
        Instant now = Instant.now(clock);
        synchronized (lock) {
            return counts.entrySet().stream()
                    .map(e -> new RefusalDto(e.getKey().recipientId(), e.getKey().actor(), e.getKey().reason(),
                            e.getKey().purpose(), e.getKey().ruleVersion(), e.getValue().attempts, e.getValue().subjects.size(),
                            since, now, null))
                    .sorted(Comparator.comparingLong(RefusalDto::attempts).reversed()).toList();
        }
    }

    /** The recipient a row names: by id, or a client refused before it was looked up by its client id. */
    private static Optional<Recipient> resolve(Key key) {
        return key.recipientId() != null ? Recipient.<Recipient> findByIdOptional(key.recipientId())
                : Recipient.findByClientId(key.actor());
    }
}
