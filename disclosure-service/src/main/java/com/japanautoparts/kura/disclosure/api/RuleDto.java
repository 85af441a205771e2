package com.japanautoparts.kura.disclosure.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.DisclosureRule;
import com.japanautoparts.kura.disclosure.LegalBasis;
import com.japanautoparts.kura.disclosure.Purpose;
import com.japanautoparts.kura.disclosure.RecipientKind;

/** A need-to-know rule; {@code id} is assigned by the service. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleDto(
        @Null(message = "is assigned by the service") Long id,
        @NotNull RecipientKind recipientKind,
        @NotNull Purpose purpose,
        Purpose orderProjection,
        Purpose contactProjection,
        @NotNull LegalBasis legalBasis,
        boolean requiresAssignment,
        boolean requiresReason,
        @Size(max = 500) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String description) {

    @JsonIgnore
    @AssertTrue(message = "a rule names an order projection (delivery or payment), a contact projection, or both")
    public boolean isProjections() {
        return (orderProjection != null || contactProjection != null) && orderProjection != Purpose.SUPPORT;
    }

    @JsonIgnore
    @AssertTrue(message = "an assignment check needs an order projection")
    public boolean isAssignment() {
        return !requiresAssignment || orderProjection != null;
    }

    public static RuleDto of(DisclosureRule r) {
        return new RuleDto(r.id, r.recipientKind, r.purpose, r.orderProjection, r.contactProjection, r.legalBasis,
                r.requiresAssignment, r.requiresReason, r.description);
    }
}
