package com.japanautoparts.kura.disclosure.service;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.api.RuleDto;
import com.japanautoparts.kura.disclosure.api.WindowDto;
import com.japanautoparts.kura.disclosure.domain.DisclosureRule;
import com.japanautoparts.kura.disclosure.domain.DisclosureWindow;

/**
 * Need-to-know rules: data the privacy officer keeps, read by the broker on every request. A rule switches on one grant
 * of the data catalogue ({@link NeedToKnow}) with a legal basis; there is no rule without a grant, a rule asks for an
 * assignment exactly when its grant is per order, and a per-order rule has a disclosure window (a per-customer one
 * none). Rules change only through proposals a second privacy officer approves ({@link ProposalService}), which apply
 * them here, each change a new version.
 */
@ApplicationScoped
@Transactional
public class RuleService {

    /** The longest grace a window may have after its closing status. */
    static final int MAX_GRACE_DAYS = 366;

    private final RecipientDirectory directory;

    public RuleService(RecipientDirectory directory) {
        this.directory = directory;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleDto> list() {
        return DisclosureRule.listAllSorted().stream().map(RuleService::dto).toList();
    }

    /** How a rule is named in proposals and its history: {@code <recipient kind>/<purpose>}. */
    static String target(RecipientKind kind, DisclosurePurpose purpose) {
        return kind.key() + "/" + purpose.key();
    }

    /** A proposed rule against the catalogue and its window: a 422 naming what is wrong. */
    static void check(RuleDto dto) {
        NeedToKnow.Grant grant = NeedToKnow.grant(dto.recipientKind(), dto.purpose())
                .orElseThrow(() -> ProblemException.unprocessable(
                        "The data catalogue grants this recipient kind nothing for this purpose, so no rule can allow it"));
        if (dto.requiresAssignment() != grant.perOrder()) {
            throw ProblemException.unprocessable(grant.perOrder()
                    ? "This recipient kind receives data per assigned order: requiresAssignment must be true"
                    : "This recipient kind receives data per customer, not per order: requiresAssignment must be false");
        }
        if (grant.perOrder() && dto.window() == null) {
            throw ProblemException.unprocessable("A per-order rule needs a disclosure window (opensAt, closesAt, grace)");
        }
        if (!grant.perOrder() && dto.window() != null) {
            throw ProblemException.unprocessable("A per-customer rule has no disclosure window");
        }
        if (dto.window() != null) {
            window(dto.window());
        }
    }

    /** The window of a checked rule; a grace that is no period, or longer than a year, is a 422. */
    static DisclosureWindow window(WindowDto dto) {
        Period grace;
        try {
            grace = Period.parse(dto.grace());
        } catch (DateTimeParseException e) {
            throw ProblemException.unprocessable("window.grace must be an ISO period such as P14D");
        }
        if (grace.isNegative() || grace.toTotalMonths() * 31 + grace.getDays() > MAX_GRACE_DAYS) {
            throw ProblemException.unprocessable("window.grace must be between P0D and P1Y");
        }
        return new DisclosureWindow(dto.opensAt(), EnumSet.copyOf(dto.closesAt()), grace);
    }

    /** Applies an approved creation as the given version; a rule for the same kind and purpose meanwhile is a 409. */
    DisclosureRule create(RuleDto dto, int version) {
        check(dto);
        if (DisclosureRule.findFor(dto.recipientKind(), dto.purpose()).isPresent()) {
            throw ProblemException.conflict("A rule for this recipient kind and purpose exists; propose a change to it instead");
        }
        DisclosureRule rule = new DisclosureRule();
        rule.recipientKind = dto.recipientKind();
        rule.purpose = dto.purpose();
        set(rule, dto);
        rule.version = version;
        rule.persist();
        directory.changed();
        return rule;
    }

    /** Applies an approved change: the next version. */
    void change(DisclosureRule rule, RuleDto dto) {
        check(dto);
        set(rule, dto);
        rule.version++;
        directory.changed();
    }

    /** Applies an approved removal. */
    void remove(DisclosureRule rule) {
        rule.delete();
        directory.changed();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<DisclosureRule> find(long id) {
        return DisclosureRule.findByIdOptional(id);
    }

    private static void set(DisclosureRule rule, RuleDto dto) {
        rule.legalBasis = dto.legalBasis();
        rule.requiresAssignment = dto.requiresAssignment();
        rule.requiresReason = dto.requiresReason();
        rule.description = dto.description();
        rule.window(dto.window() == null ? null : window(dto.window()));
    }

    /** The rule, with what its grant releases (none for a row the catalogue no longer grants: the broker refuses it). */
    static RuleDto dto(DisclosureRule r) {
        List<String> items = NeedToKnow.grant(r.recipientKind, r.purpose)
                .map(grant -> EnumSet.copyOf(grant.categories()).stream().map(DataCategory::key).toList())
                .orElse(List.of());
        WindowDto window = r.window().map(w -> new WindowDto(w.opensAt(), EnumSet.copyOf(w.closesAt()).stream().toList(),
                w.grace().toString())).orElse(null);
        return new RuleDto(r.id, r.recipientKind, r.purpose, r.legalBasis, r.requiresAssignment, r.requiresReason,
                r.description, window, r.version, items);
    }
}
