package com.japanautoparts.kura.disclosure.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.DisclosureRule;
import com.japanautoparts.kura.disclosure.rest.RuleDto;

/** Need-to-know rules: data the privacy officer keeps, read by the broker on every request. */
@ApplicationScoped
@Transactional
public class RuleService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleDto> list() {
        return DisclosureRule.listAllSorted().stream().map(RuleDto::of).toList();
    }

    public RuleDto create(RuleDto dto) {
        if (DisclosureRule.findFor(dto.recipientKind(), dto.purpose()).isPresent()) {
            throw ProblemException.conflict("A rule for this recipient kind and purpose exists; remove it first");
        }
        DisclosureRule rule = new DisclosureRule();
        rule.recipientKind = dto.recipientKind();
        rule.purpose = dto.purpose();
        rule.orderProjection = dto.orderProjection();
        rule.contactProjection = dto.contactProjection();
        rule.legalBasis = dto.legalBasis();
        rule.requiresAssignment = dto.requiresAssignment();
        rule.requiresReason = dto.requiresReason();
        rule.description = dto.description();
        rule.persist();
        return RuleDto.of(rule);
    }

    public boolean remove(long id) {
        return DisclosureRule.deleteById(id);
    }
}
