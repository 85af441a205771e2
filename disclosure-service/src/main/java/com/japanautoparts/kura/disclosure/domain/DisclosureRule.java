package com.japanautoparts.kura.disclosure;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A need-to-know rule, kept as data: a recipient of this kind may receive these projections for
 * this purpose, on this legal basis. No rule, no disclosure.
 */
@Entity
@Table(name = "disclosure_rule")
public class DisclosureRule extends PanacheEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Purpose purpose;

    /** The order projection payment-service serves (delivery, payment), or null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "order_projection")
    public Purpose orderProjection;

    /** The contact projection contact-service serves (delivery, payment, support), or null. */
    @Enumerated(EnumType.STRING)
    @Column(name = "contact_projection")
    public Purpose contactProjection;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    public LegalBasis legalBasis;

    /** The order must be assigned to the asking recipient (its carrier or payment processor). */
    @Column(name = "requires_assignment", nullable = false)
    public boolean requiresAssignment;

    /** The person asking must state why. */
    @Column(name = "requires_reason", nullable = false)
    public boolean requiresReason;

    public String description;

    public static Optional<DisclosureRule> findFor(RecipientKind kind, Purpose purpose) {
        return find("recipientKind = ?1 and purpose = ?2", kind, purpose).firstResultOptional();
    }

    public static List<DisclosureRule> listAllSorted() {
        return list("order by recipientKind, purpose");
    }
}
