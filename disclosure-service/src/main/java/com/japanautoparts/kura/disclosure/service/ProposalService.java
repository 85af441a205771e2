package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.api.ProposalDto;
import com.japanautoparts.kura.disclosure.api.RecipientDto;
import com.japanautoparts.kura.disclosure.api.RuleDto;
import com.japanautoparts.kura.disclosure.domain.ChangeProposal;
import com.japanautoparts.kura.disclosure.domain.ChangeProposal.Action;
import com.japanautoparts.kura.disclosure.domain.ChangeProposal.Status;
import com.japanautoparts.kura.disclosure.domain.ChangeProposal.Subject;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.Recipient;

import io.quarkus.logging.Log;

/**
 * Changes to the need-to-know rules and the recipient registry, under the two-person rule of exception cases and legal
 * hold releases: one privacy officer proposes (the whole new state, checked at once: the catalogue, the window, the ids),
 * a different one approves (the change is applied, checked again, as the next version of the rule or recipient) or
 * rejects it. A proposal made against a version that changed meanwhile cannot be approved (409): propose again. Applied
 * proposals are the history of every rule and recipient; the database keeps them decided once, never rewritten.
 */
@ApplicationScoped
@Transactional
public class ProposalService {

    private static final int HISTORY_LIMIT = 500;

    private final RuleService rules;
    private final RecipientService recipients;
    private final ObjectMapper json;
    private final Clock clock;

    public ProposalService(RuleService rules, RecipientService recipients, ObjectMapper json, Clock clock) {
        this.rules = rules;
        this.recipients = recipients;
        this.json = json;
        this.clock = clock;
    }

    /** A new rule; a rule for the same recipient kind and purpose already is a 409. */
    public ProposalDto proposeRule(RuleDto dto, String proposer) {
        RuleService.check(dto);
        if (DisclosureRule.findFor(dto.recipientKind(), dto.purpose()).isPresent()) {
            throw ProblemException.conflict("A rule for this recipient kind and purpose exists; propose a change to it instead");
        }
        return propose(Subject.RULE, Action.CREATE, RuleService.target(dto.recipientKind(), dto.purpose()), null,
                write(dto.proposed()), proposer);
    }

    /** A change of a rule (its kind and purpose stay); empty for an unknown rule. */
    public Optional<ProposalDto> proposeRuleChange(long id, RuleDto dto, String proposer) {
        return rules.find(id).map(rule -> {
            if (rule.recipientKind != dto.recipientKind() || rule.purpose != dto.purpose()) {
                throw ProblemException.unprocessable(
                        "A change keeps the rule's recipient kind and purpose; propose a removal and a new rule instead");
            }
            RuleService.check(dto);
            return propose(Subject.RULE, Action.CHANGE, RuleService.target(rule.recipientKind, rule.purpose), rule.version,
                    write(dto.proposed()), proposer);
        });
    }

    /** The removal of a rule; empty for an unknown rule. */
    public Optional<ProposalDto> proposeRuleRemoval(long id, String proposer) {
        return rules.find(id).map(rule -> propose(Subject.RULE, Action.REMOVE,
                RuleService.target(rule.recipientKind, rule.purpose), rule.version, null, proposer));
    }

    /** A new recipient. */
    public ProposalDto proposeRecipient(RecipientDto dto, String proposer) {
        RecipientService.checkNew(dto);
        return propose(Subject.RECIPIENT, Action.CREATE, dto.id(), null, write(dto.proposed()), proposer);
    }

    /** A change of a recipient (deactivating it included); empty for an unknown recipient. */
    public Optional<ProposalDto> proposeRecipientChange(String id, RecipientDto dto, String proposer) {
        return Recipient.<Recipient> findByIdOptional(id).map(recipient -> {
            RecipientService.checkChange(id, dto);
            return propose(Subject.RECIPIENT, Action.CHANGE, id, recipient.version, write(dto.proposed()), proposer);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalDto> list(Status status, int limit) {
        return ChangeProposal.listByStatus(status, limit).stream().map(this::dto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProposalDto> find(long id) {
        return ChangeProposal.<ChangeProposal> findByIdOptional(id).map(this::dto);
    }

    /**
     * Approves (applies) or rejects an open proposal; its proposer may do neither (403, and a database check). Applying
     * checks the change again against what is there now: a version changed meanwhile, a rule or recipient created or
     * removed meanwhile, an OIDC client id taken meanwhile is a 409 and changes nothing.
     */
    public Optional<ProposalDto> decide(long id, String decider, boolean approve, String note) {
        return ChangeProposal.<ChangeProposal> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(p -> {
            if (p.proposedBy.equals(decider)) {
                throw ProblemException.forbidden("Two-person rule: the privacy officer who proposed a change cannot decide it");
            }
            if (p.status != Status.OPEN) {
                throw ProblemException.conflict("The proposal is already " + p.status.key());
            }
            if (approve) {
                p.appliedVersion = p.subject == Subject.RULE ? applyRule(p) : applyRecipient(p);
                Log.infof("Change proposal %d (%s %s) applied as version %d", p.id, p.action.key(), p.subject.key(), p.appliedVersion);
            }
            p.status = approve ? Status.APPLIED : Status.REJECTED;
            p.decidedBy = decider;
            p.decidedAt = Instant.now(clock);
            p.decisionNote = note;
            return dto(p);
        });
    }

    /** Every applied change of the rules, newest first, optionally of one recipient kind and purpose. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalDto> ruleHistory(RecipientKind kind, DisclosurePurpose purpose) {
        List<ChangeProposal> history = kind != null && purpose != null
                ? ChangeProposal.history(Subject.RULE, RuleService.target(kind, purpose))
                : ChangeProposal.history(Subject.RULE, HISTORY_LIMIT);
        return history.stream().filter(p -> kind == null || p.target.startsWith(kind.key() + "/"))
                .filter(p -> purpose == null || p.target.endsWith("/" + purpose.key())).map(this::dto).toList();
    }

    /** A recipient's applied changes, newest first; empty when nothing was ever applied to that id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalDto> recipientHistory(String id) {
        return ChangeProposal.history(Subject.RECIPIENT, id).stream().map(this::dto).toList();
    }

    private int applyRule(ChangeProposal p) {
        if (p.action == Action.CREATE) {
            RuleDto dto = readRule(p.payload);
            return rules.create(dto, ChangeProposal.lastVersion(Subject.RULE, p.target) + 1).version;
        }
        DisclosureRule rule = currentRule(p);
        if (p.action == Action.REMOVE) {
            int removedAs = rule.version + 1;
            rules.remove(rule);
            return removedAs;
        }
        rules.change(rule, readRule(p.payload));
        return rule.version;
    }

    private DisclosureRule currentRule(ChangeProposal p) {
        String[] target = p.target.split("/", 2);
        DisclosureRule rule = DisclosureRule.findFor(RecipientKind.parse(target[0]).orElseThrow(),
                DisclosurePurpose.parse(target[1]).orElseThrow()).orElse(null);
        if (rule == null || rule.version != p.baseVersion) {
            throw ProblemException.conflict("The rule changed since this was proposed (it is no longer version " + p.baseVersion
                    + "); reject this proposal and propose again");
        }
        return rule;
    }

    private int applyRecipient(ChangeProposal p) {
        RecipientDto dto = readRecipient(p.payload);
        if (p.action == Action.CREATE) {
            return recipients.create(dto).version();
        }
        Recipient recipient = Recipient.<Recipient> findByIdOptional(p.target).orElse(null);
        if (recipient == null || recipient.version != p.baseVersion) {
            throw ProblemException.conflict("The recipient changed since this was proposed (it is no longer version "
                    + p.baseVersion + "); reject this proposal and propose again");
        }
        return recipients.replace(p.target, dto).orElseThrow().version();
    }

    private ProposalDto propose(Subject subject, Action action, String target, Integer baseVersion, String payload,
            String proposer) {
        ChangeProposal p = new ChangeProposal();
        p.subject = subject;
        p.action = action;
        p.target = target;
        p.baseVersion = baseVersion;
        p.payload = payload;
        p.status = Status.OPEN;
        p.proposedBy = proposer;
        p.proposedAt = Instant.now(clock);
        p.persist();
        Log.infof("Change proposal %d: %s %s", p.id, action.key(), subject.key());
        return dto(p);
    }

    private ProposalDto dto(ChangeProposal p) {
        return new ProposalDto(p.id, p.subject, p.action, p.target, p.baseVersion,
                p.subject == Subject.RULE && p.payload != null ? readRule(p.payload) : null,
                p.subject == Subject.RECIPIENT && p.payload != null ? readRecipient(p.payload) : null, p.status, p.proposedBy,
                p.proposedAt, p.decidedBy, p.decidedAt, p.decisionNote, p.appliedVersion);
    }

    private String write(Object proposed) {
        try {
            return json.writeValueAsString(proposed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A proposal could not be written", e);
        }
    }

    private RuleDto readRule(String payload) {
        try {
            return json.readValue(payload, RuleDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored rule proposal could not be read", e);
        }
    }

    private RecipientDto readRecipient(String payload) {
        try {
            return json.readValue(payload, RecipientDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored recipient proposal could not be read", e);
        }
    }
}
