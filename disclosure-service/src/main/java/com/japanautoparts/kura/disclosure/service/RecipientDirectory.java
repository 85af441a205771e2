package com.japanautoparts.kura.disclosure.service;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.Recipient;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The recipients and need-to-know rules as the broker reads them on every request: from memory, read again from the
 * database after {@link #MAX_AGE} or once anything changed them here. They change only when two privacy officers
 * approve a proposal ({@link ProposalService}, through {@link RecipientService} and {@link RuleService}, which call
 * {@link #changed()}); this instance then forgets everything at once, and again when that transaction ends (so a pull
 * that read the old row while the change was committing does not keep it). Another instance of the service sees the
 * change within {@link #MAX_AGE}. The entities handed out are detached copies: read, never changed.
 */
@ApplicationScoped
public class RecipientDirectory {

    /** How long another instance's change can go unseen here. */
    static final Duration MAX_AGE = Duration.ofSeconds(2);

    private record Cached<T>(Optional<T> value, long generation, long readAt) {
    }

    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Cached<Recipient>> recipients = new ConcurrentHashMap<>();
    private final Map<String, Cached<DisclosureRule>> rules = new ConcurrentHashMap<>();

    public RecipientDirectory(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The recipient an OIDC client is registered as, if any. */
    public Optional<Recipient> recipientByClientId(String clientId) {
        return cached(recipients, clientId, () -> Recipient.findByClientId(clientId));
    }

    /** The officers' rule for a recipient kind and purpose, if any. */
    public Optional<DisclosureRule> rule(RecipientKind kind, DisclosurePurpose purpose) {
        return cached(rules, kind.key() + "/" + purpose.key(), () -> DisclosureRule.findFor(kind, purpose));
    }

    /** A recipient or rule changed in the current transaction: forget everything now and when the transaction ends. */
    void changed() {
        generation.incrementAndGet();
        if (transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    private <T> Optional<T> cached(Map<String, Cached<T>> map, String key, Supplier<Optional<T>> read) {
        long now = System.nanoTime();
        long current = generation.get();
        Cached<T> hit = map.get(key);
        if (hit != null && hit.generation() == current && now - hit.readAt() < MAX_AGE.toNanos()) {
            return hit.value();
        }
        Optional<T> value = QuarkusTransaction.joiningExisting().call(read::get);
        if (generation.get() == current) {
            // Nothing changed while it was read: keep it (a change meanwhile makes the next request read it again).
            map.put(key, new Cached<>(value, current, now));
        }
        return value;
    }
}
