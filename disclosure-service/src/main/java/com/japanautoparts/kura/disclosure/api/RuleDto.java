package com.japanautoparts.kura.disclosure.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;

/**
 * A need-to-know rule. {@code id} and {@code version} are assigned by the service (every approved change is a new
 * version); {@code dataItems} (fideslang keys) is what the data catalogue grants this recipient kind for this purpose,
 * shown for reading and never sent. A per-order rule ({@code requiresAssignment}) has a disclosure {@code window}; a
 * per-customer rule has none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleDto(
        @Null(message = "is assigned by the service") Long id,
        @NotNull RecipientKind recipientKind,
        @NotNull DisclosurePurpose purpose,
        @NotNull LegalBasis legalBasis,
        boolean requiresAssignment,
        boolean requiresReason,
        @Size(max = 500) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String description,
        @Valid WindowDto window,
        @Null(message = "is assigned by the service") Integer version,
        @Null(message = "follow from the data catalogue") List<String> dataItems) {

    /** The rule as proposed or stored: without what the service assigns or derives. */
    public RuleDto proposed() {
        return new RuleDto(null, recipientKind, purpose, legalBasis, requiresAssignment, requiresReason, description, window,
                null, null);
    }
}
