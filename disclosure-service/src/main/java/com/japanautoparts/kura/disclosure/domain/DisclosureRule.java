package com.japanautoparts.kura.disclosure.domain;

import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.RecipientKind;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A need-to-know rule, kept as data: the privacy officer lets recipients of this kind receive data for this purpose,
 * on this legal basis. What they receive is the data catalogue's grant for the same kind and purpose
 * ({@code com.japanautoparts.kura.catalogue.NeedToKnow}); a rule only ever switches a grant on. No rule, no disclosure.
 */
@Entity
@Table(name = "disclosure_rule")
public class DisclosureRule extends PanacheEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosurePurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    public LegalBasis legalBasis;

    /** The order must be assigned to the asking recipient (its carrier or payment processor): the grant is per order. */
    @Column(name = "requires_assignment", nullable = false)
    public boolean requiresAssignment;

    /** The person asking must state why. */
    @Column(name = "requires_reason", nullable = false)
    public boolean requiresReason;

    public String description;

    /** 1 when created, one more with every approved change (the ledger names it). */
    @Column(nullable = false)
    public int version;

    /** The disclosure window of a per-order rule (all three or none). */
    @Enumerated(EnumType.STRING)
    @Column(name = "window_opens")
    public OrderStage windowOpens;

    /** Statuses, comma-separated. */
    @Column(name = "window_closes")
    public String windowCloses;

    /** An ISO period such as P14D. */
    @Column(name = "window_grace")
    public String windowGrace;

    /** The rule's disclosure window; none for a per-customer rule. */
    public Optional<DisclosureWindow> window() {
        if (windowOpens == null) {
            return Optional.empty();
        }
        Set<OrderStage> closes = EnumSet.noneOf(OrderStage.class);
        Arrays.stream(windowCloses.split(",")).map(OrderStage::valueOf).forEach(closes::add);
        return Optional.of(new DisclosureWindow(windowOpens, closes, Period.parse(windowGrace)));
    }

    /** Sets the window (or clears it). */
    public void window(DisclosureWindow window) {
        windowOpens = window == null ? null : window.opensAt();
        windowCloses = window == null ? null
                : String.join(",", EnumSet.copyOf(window.closesAt()).stream().map(OrderStage::name).toList());
        windowGrace = window == null ? null : window.grace().toString();
    }
    public static Optional<DisclosureRule> findFor(RecipientKind kind, DisclosurePurpose purpose) {
        return find("recipientKind = ?1 and purpose = ?2", kind, purpose).firstResultOptional();
    }

    public static List<DisclosureRule> listAllSorted() {
        return list("order by recipientKind, purpose");
    }
}
