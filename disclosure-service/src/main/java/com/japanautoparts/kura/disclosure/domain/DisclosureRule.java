package com.japanautoparts.kura.disclosure.domain;

import java.util.List;
import java.util.Optional;

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

    public static Optional<DisclosureRule> findFor(RecipientKind kind, DisclosurePurpose purpose) {
        return find("recipientKind = ?1 and purpose = ?2", kind, purpose).firstResultOptional();
    }

    public static List<DisclosureRule> listAllSorted() {
        return list("order by recipientKind, purpose");
    }
}
