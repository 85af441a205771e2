package com.japanautoparts.kura.disclosure.service;

import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.api.RuleDto;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;

/**
 * Need-to-know rules: data the privacy officer keeps, read by the broker on every request. A rule switches on one
 * grant of the data catalogue ({@link NeedToKnow}) with a legal basis; there is no rule without a grant, and a rule
 * asks for an assignment exactly when its grant is per order.
 */
@ApplicationScoped
@Transactional
public class RuleService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleDto> list() {
        return DisclosureRule.listAllSorted().stream().map(RuleService::dto).toList();
    }

    public RuleDto create(RuleDto dto) {
        NeedToKnow.Grant grant = NeedToKnow.grant(dto.recipientKind(), dto.purpose())
                .orElseThrow(() -> ProblemException.unprocessable(
                        "The data catalogue grants this recipient kind nothing for this purpose, so no rule can allow it"));
        if (dto.requiresAssignment() != grant.perOrder()) {
            throw ProblemException.unprocessable(grant.perOrder()
                    ? "This recipient kind receives data per assigned order: requiresAssignment must be true"
                    : "This recipient kind receives data per customer, not per order: requiresAssignment must be false");
        }
        if (DisclosureRule.findFor(dto.recipientKind(), dto.purpose()).isPresent()) {
            throw ProblemException.conflict("A rule for this recipient kind and purpose exists; remove it first");
        }
        DisclosureRule rule = new DisclosureRule();
        rule.recipientKind = dto.recipientKind();
        rule.purpose = dto.purpose();
        rule.legalBasis = dto.legalBasis();
        rule.requiresAssignment = dto.requiresAssignment();
        rule.requiresReason = dto.requiresReason();
        rule.description = dto.description();
        rule.persist();
        return dto(rule);
    }

    public boolean remove(long id) {
        return DisclosureRule.deleteById(id);
    }

    /** The rule, with what its grant releases (none for a row the catalogue no longer grants: the broker refuses it). */
    private static RuleDto dto(DisclosureRule r) {
        List<String> items = NeedToKnow.grant(r.recipientKind, r.purpose)
                .map(grant -> EnumSet.copyOf(grant.categories()).stream().map(DataCategory::key).toList())
                .orElse(List.of());
        return new RuleDto(r.id, r.recipientKind, r.purpose, r.legalBasis, r.requiresAssignment, r.requiresReason,
                r.description, items);
    }
}
