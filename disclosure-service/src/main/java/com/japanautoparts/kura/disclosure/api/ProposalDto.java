package com.japanautoparts.kura.disclosure.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.disclosure.domain.ChangeProposal;

/**
 * A proposed change to a need-to-know rule ({@code target} {@code <recipient kind>/<purpose>}) or to a recipient
 * ({@code target} its id), and, once a second privacy officer applied it, an entry of that rule's or recipient's history:
 * the whole proposed state ({@code rule} or {@code recipient}; neither for a removal), the version it was proposed
 * against ({@code baseVersion}) and the version it became ({@code appliedVersion}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProposalDto(long id, ChangeProposal.Subject subject, ChangeProposal.Action action, String target,
        Integer baseVersion, RuleDto rule, RecipientDto recipient, ChangeProposal.Status status, String proposedBy,
        Instant proposedAt, String decidedBy, Instant decidedAt, String decisionNote, Integer appliedVersion) {
}
