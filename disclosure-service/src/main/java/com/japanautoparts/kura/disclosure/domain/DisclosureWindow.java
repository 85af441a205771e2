package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When a per-order rule lets its recipient see an order: from the time the order first reached {@code opensAt} until
 * {@code grace} after the latest time it reached one of {@code closesAt} (a refund after delivery opens it again, for the
 * refund). Before it opens and once it has closed, the order is, to the recipient, as unknown as a missing one.
 */
public record DisclosureWindow(OrderStage opensAt, Set<OrderStage> closesAt, Period grace) {

    public DisclosureWindow {
        Objects.requireNonNull(opensAt);
        Objects.requireNonNull(grace);
        closesAt = closesAt.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(closesAt));
    }

    /** Whether the window is open now, given when the order reached each status it reached. */
    public boolean isOpen(Map<OrderStage, Instant> reached, Instant now) {
        Instant opened = reached.get(opensAt);
        if (opened == null || now.isBefore(opened)) {
            return false;
        }
        return closedAt(reached).map(closed -> now.isBefore(closed.atZone(ZoneOffset.UTC).plus(grace).toInstant())).orElse(true);
    }

    /** The latest time the order reached a closing status, if it did. */
    private Optional<Instant> closedAt(Map<OrderStage, Instant> reached) {
        return closesAt.stream().map(reached::get).filter(Objects::nonNull).max(Instant::compareTo);
    }
}
