package com.japanautoparts.kura.disclosure;

import java.util.UUID;

import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.disclosure.api.RecipientDto;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LedgerHead;
import com.japanautoparts.kura.disclosure.domain.TransferMechanism;
import com.japanautoparts.kura.disclosure.service.RecipientService;
import com.japanautoparts.kura.disclosure.service.RefusalTally;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Invented people, recipients and helpers shared by the tests. */
final class Fixtures {

    static final String FAMILY = "Yamadasan";
    static final String LINE1 = "1-2-3 Jingumae";
    static final String BILLING_LINE1 = "500 Market Street";
    static final String PHONE = "+81 90-1234-5678";
    static final String EMAIL = "hanako.yamada@example.jp";

    /** Recipient ids; the OIDC client id is the id with an "-app" suffix. */
    static final String CARRIER_A = "carrier-a";
    static final String CARRIER_B = "carrier-b";
    static final String CARRIER_INACTIVE = "carrier-inactive";
    static final String PROCESSOR = "processor-a";
    static final String ANALYTICS = "analytics-z";
    static final String STAFF_DESK = "support-desk";
    static final String COURT = "tokyo-court";
    static final String ACQUIRER = "acquirer-co";
    /** A carrier with a low rate limit in the test profile (6 a minute). */
    static final String FLOOD_CARRIER = "flood-carrier";

    static String clientOf(String recipientId) {
        return recipientId + "-app";
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** An order id as payment-service gives them (kura-common's declared format: a UUID). */
    static String orderId() {
        return UUID.randomUUID().toString();
    }

    /** The refusal counts so far written as aggregate ledger rows, so a test sees only its own. */
    static void flushRefusals() {
        Arc.container().instance(RefusalTally.class).get().flush();
    }

    /** Attempts recorded for the recipient and reason in aggregate rows after the ledger position (after a flush). */
    static long refusedAfter(long position, String recipientId, String refusal) {
        flushRefusals();
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry> list(
                "id > ?1 and recipientId = ?2 and refusal = ?3 and attempts is not null", position, recipientId, refusal)
                .stream().mapToLong(e -> e.attempts).sum());
    }

    /** The ledger's current last position. */
    static long ledgerPosition() {
        flushRefusals();
        return QuarkusTransaction.requiringNew().call(() -> LedgerHead.<LedgerHead> findById(LedgerHead.ID).lastId);
    }

    static String recipient(String id, String kind, boolean active) {
        return """
                {"id": "%s", "name": "Recipient %s", "kind": "%s", "country": "JP", "transferMechanism": "domestic",
                 "contractReference": "DPA-%s", "oidcClientId": "%s", "active": %s}"""
                .formatted(id, id, kind, id, clientOf(id), active);
    }

    /** Registers the test recipients; repeating is harmless. */
    static void registerRecipients() {
        register(CARRIER_A, "carrier", true);
        register(CARRIER_B, "carrier", true);
        register(CARRIER_INACTIVE, "carrier", false);
        register(PROCESSOR, "payment-processor", true);
        register(ANALYTICS, "analytics", true);
        register(STAFF_DESK, "staff", true);
        register(COURT, "authority", true);
        register(ACQUIRER, "acquirer", true);
        register(FLOOD_CARRIER, "carrier", true);
    }

    /**
     * Registers a recipient through the registry service, as an approved proposal would (RegistryAndRulesTest covers the
     * HTTP API and the two officers); tests run with the caller's identity, so they cannot use the API for set-up.
     */
    static void register(String id, String kind, boolean active) {
        RecipientService recipients = Arc.container().instance(RecipientService.class).get();
        if (recipients.find(id).isEmpty()) {
            recipients.create(new RecipientDto(id, "Recipient " + id, RecipientKind.parse(kind).orElseThrow(), "JP",
                    TransferMechanism.DOMESTIC, "DPA-" + id, null, clientOf(id), active, null));
        }
    }

    private Fixtures() {
    }
}
