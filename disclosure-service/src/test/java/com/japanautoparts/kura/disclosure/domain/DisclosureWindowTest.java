package com.japanautoparts.kura.disclosure.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Disclosure windows alone (no Quarkus): open from the opening status until the grace after the latest closing one. */
class DisclosureWindowTest {

    private static final Instant PLACED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant SHIPPED = Instant.parse("2026-01-02T00:00:00Z");
    private static final Instant DELIVERED = Instant.parse("2026-01-03T00:00:00Z");
    private static final DisclosureWindow CARRIER = new DisclosureWindow(OrderStage.SHIPPED,
            EnumSet.of(OrderStage.DELIVERED, OrderStage.CANCELLED, OrderStage.REFUNDED), Period.ofDays(14));

    @Test
    void closedBeforeItOpens() {
        assertFalse(CARRIER.isOpen(Map.of(OrderStage.PLACED, PLACED), PLACED.plusSeconds(60)));
        assertFalse(CARRIER.isOpen(Map.of(OrderStage.PLACED, PLACED, OrderStage.SHIPPED, SHIPPED), SHIPPED.minusSeconds(1)));
    }

    @Test
    void openFromTheOpeningStatusUntilTheGraceAfterTheClosingOneEnds() {
        Map<OrderStage, Instant> shipped = Map.of(OrderStage.PLACED, PLACED, OrderStage.SHIPPED, SHIPPED);
        assertTrue(CARRIER.isOpen(shipped, SHIPPED));
        assertTrue(CARRIER.isOpen(shipped, SHIPPED.plusSeconds(86_400L * 365)), "in delivery: open however long it takes");
        Map<OrderStage, Instant> delivered = Map.of(OrderStage.PLACED, PLACED, OrderStage.SHIPPED, SHIPPED,
                OrderStage.DELIVERED, DELIVERED);
        Instant end = Instant.parse("2026-01-17T00:00:00Z");
        assertTrue(CARRIER.isOpen(delivered, end.minusMillis(1)));
        assertFalse(CARRIER.isOpen(delivered, end), "the end itself is outside");
    }

    @Test
    void aLaterClosingStatusOpensItAgainForItsGraceAndAZeroGraceClosesAtOnce() {
        Map<OrderStage, Instant> refunded = Map.of(OrderStage.SHIPPED, SHIPPED, OrderStage.DELIVERED, DELIVERED,
                OrderStage.REFUNDED, Instant.parse("2026-03-01T00:00:00Z"));
        assertTrue(CARRIER.isOpen(refunded, Instant.parse("2026-03-10T00:00:00Z")));
        DisclosureWindow none = new DisclosureWindow(OrderStage.SHIPPED, EnumSet.of(OrderStage.DELIVERED), Period.ZERO);
        assertFalse(none.isOpen(Map.of(OrderStage.SHIPPED, SHIPPED, OrderStage.DELIVERED, DELIVERED), DELIVERED));
    }
}
