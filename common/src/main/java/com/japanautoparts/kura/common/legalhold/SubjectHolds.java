package com.japanautoparts.kura.common.legalhold;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Whether a subject is held now, and by which holds (possibly none listed: held is held all the same). */
public record SubjectHolds(boolean held, List<Hold> holds) {

    /** What a customer is told when a hold stops their erasure, when the legal team gave no description. */
    public static final String UNDESCRIBED = "under legal hold";

    public static final SubjectHolds NOT_HELD = new SubjectHolds(false, List.of());

    public SubjectHolds {
        holds = holds == null ? List.of() : holds.stream().filter(Objects::nonNull).toList();
    }

    /** One hold: the legal team's category (reason) and, in their words, what for; the description may reach the customer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hold(String reason, String description) {
    }

    /**
     * The one way every service words a blocked erasure for the customer: each hold's description (else its
     * category), joined; a hold with neither still blocks.
     */
    public String customerReason() {
        String reason = holds.stream().map(h -> h.description() != null && !h.description().isBlank() ? h.description() : h.reason())
                .filter(r -> r != null && !r.isBlank()).distinct().collect(Collectors.joining("; "));
        return reason.isEmpty() ? UNDESCRIBED : reason;
    }
}
