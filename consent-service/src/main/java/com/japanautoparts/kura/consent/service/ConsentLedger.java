package com.japanautoparts.kura.consent.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.domain.ConsentPurpose;
import com.japanautoparts.kura.consent.domain.ConsentRecord;

/**
 * Derives the current state of a consent from its ledger records; nothing is ever stored as "current".
 * Actions are ordered by their own time ({@code at}), not by arrival, so a late-arriving older action
 * never overrides a newer one. At the same instant a withdrawal wins over a grant.
 */
public final class ConsentLedger {

    /** Ascending: the last element is the deciding one. */
    public static final Comparator<ConsentRecord> ORDER = Comparator.<ConsentRecord, Instant> comparing(r -> r.at)
            .thenComparing(r -> r.action == ConsentAction.WITHDRAWN ? 1 : 0)
            .thenComparing(r -> r.id);

    /** What an eligibility answer rests on: the record and, when refused, why. */
    public record Verdict(boolean eligible, ConsentRecord basedOn, String reason) {
    }

    private ConsentLedger() {
    }

    /** The record that decides the current state of one purpose, if any. */
    public static Optional<ConsentRecord> deciding(List<ConsentRecord> recordsOfOnePurpose) {
        return recordsOfOnePurpose.stream().max(ORDER);
    }

    /**
     * Eligible only while a grant stands that no later withdrawal cancelled, and, when the purpose names a
     * required source page, only if such a standing grant was given on that page.
     */
    public static Verdict eligibility(ConsentPurpose purpose, List<ConsentRecord> recordsOfOnePurpose) {
        Optional<ConsentRecord> lastWithdrawal = recordsOfOnePurpose.stream()
                .filter(r -> r.action == ConsentAction.WITHDRAWN).max(ORDER);
        List<ConsentRecord> standingGrants = recordsOfOnePurpose.stream()
                .filter(r -> r.action == ConsentAction.GRANTED)
                .filter(r -> lastWithdrawal.map(w -> ORDER.compare(r, w) > 0).orElse(true))
                .sorted(ORDER)
                .toList();
        if (standingGrants.isEmpty()) {
            return lastWithdrawal
                    .map(w -> new Verdict(false, w, w.viaGpc
                            ? "Opted out by a Global Privacy Control signal"
                            : "The consent was withdrawn"))
                    .orElseGet(() -> new Verdict(false, null, "No opt-in is recorded for this purpose"));
        }
        Optional<ConsentRecord> qualifying = standingGrants.stream()
                .filter(r -> purpose.requiredSourcePage == null || purpose.requiredSourcePage.equals(r.page))
                .max(ORDER);
        return qualifying.map(grant -> new Verdict(true, grant, null))
                .orElseGet(() -> new Verdict(false, standingGrants.get(standingGrants.size() - 1),
                        "An opt-in stands but was not given on the " + purpose.requiredSourcePage
                                + "; only an opt-in recorded from that page counts"));
    }
}
