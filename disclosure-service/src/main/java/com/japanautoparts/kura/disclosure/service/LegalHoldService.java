package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.legalhold.LegalHoldCheck;
import com.japanautoparts.kura.common.legalhold.SubjectHolds;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.api.HeldSubjectsDto;
import com.japanautoparts.kura.disclosure.api.LegalHoldDto;
import com.japanautoparts.kura.disclosure.api.LegalHoldEventDto;
import com.japanautoparts.kura.disclosure.api.NewLegalHoldDto;
import com.japanautoparts.kura.disclosure.api.SubjectHoldsDto;
import com.japanautoparts.kura.disclosure.domain.LegalHold;
import com.japanautoparts.kura.disclosure.domain.LegalHoldEvent;
import com.japanautoparts.kura.disclosure.domain.HoldStatus;

import io.quarkus.logging.Log;

/**
 * Legal holds: placed by a privacy officer, released only by a different one (two-person rule), every
 * placement and release recorded append-only. A hold counts while it is active and has not ended.
 * <p>
 * This service owns the holds, so it is also this service's {@link LegalHoldCheck}, answered from its own tables:
 * common's data-subject hooks and retention schedule ask it directly; every other service asks over REST
 * ({@code /internal/legal-holds/subjects}, kura-legal-hold-client).
 */
@ApplicationScoped
@Transactional
public class LegalHoldService implements LegalHoldCheck {

    private final Clock clock;

    public LegalHoldService(Clock clock) {
        this.clock = clock;
    }

    public LegalHoldDto place(NewLegalHoldDto dto, String placedBy) {
        Instant now = Instant.now(clock);
        if (!dto.endsAt().isAfter(now)) {
            throw ProblemException.unprocessable("endsAt must lie in the future");
        }
        LegalHold h = new LegalHold();
        h.subjects.addAll(new LinkedHashSet<>(dto.subjects()));
        h.reason = dto.reason();
        h.description = dto.description();
        h.endsAt = dto.endsAt();
        h.status = HoldStatus.ACTIVE;
        h.placedBy = placedBy;
        h.placedAt = now;
        h.persist();
        record(h, LegalHoldEvent.Kind.PLACED, placedBy, now);
        Log.infof("Legal hold %d placed (%s, %d subjects)", h.id, h.reason.key(), h.subjects.size());
        return dto(h);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LegalHoldDto> list() {
        return LegalHold.<LegalHold> listNewestFirst().stream().map(LegalHoldService::dto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LegalHoldDto> find(long id) {
        return LegalHold.<LegalHold> findByIdOptional(id).map(LegalHoldService::dto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<LegalHoldEventDto>> events(long id) {
        return LegalHold.<LegalHold> findByIdOptional(id)
                .map(h -> LegalHoldEvent.forHold(h.id).stream().map(LegalHoldService::dto).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LegalHoldEventDto> recentEvents(int limit) {
        return LegalHoldEvent.newest(limit).stream().map(LegalHoldService::dto).toList();
    }

    /** Releases an active hold; the person who placed it may not release it alone. */
    public Optional<LegalHoldDto> release(long id, String releasedBy) {
        return LegalHold.<LegalHold> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(h -> {
            if (h.placedBy.equals(releasedBy)) {
                throw ProblemException.forbidden("Two-person rule: the privacy officer who placed a hold cannot release it");
            }
            if (h.status != HoldStatus.ACTIVE) {
                throw ProblemException.conflict("The hold is already " + h.status.key());
            }
            Instant now = Instant.now(clock);
            h.status = HoldStatus.RELEASED;
            h.releasedBy = releasedBy;
            h.releasedAt = now;
            record(h, LegalHoldEvent.Kind.RELEASED, releasedBy, now);
            Log.infof("Legal hold %d released", h.id);
            return dto(h);
        });
    }

    /** Whether the subject is held now, and by which holds: the answer to other services. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubjectHoldsDto check(String customerId) {
        List<SubjectHoldsDto.Hold> holds = LegalHold.inForceOn(customerId, Instant.now(clock)).stream()
                .map(h -> new SubjectHoldsDto.Hold(h.id, h.reason, h.description, h.endsAt)).toList();
        return new SubjectHoldsDto(customerId, !holds.isEmpty(), holds);
    }

    /** Every subject held now, sorted: the answer to other services' purges. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HeldSubjectsDto listHeldSubjects() {
        return new HeldSubjectsDto(LegalHold.heldSubjects(Instant.now(clock)));
    }

    /** The same check for this service's own erasures (common's data-subject hooks). */
    @Override
    public SubjectHolds of(String subject) {
        SubjectHoldsDto check = check(subject);
        return new SubjectHolds(check.held(),
                check.holds().stream().map(h -> new SubjectHolds.Hold(h.reason().key(), h.description())).toList());
    }

    /** The same list for this service's own purges (common's retention schedule). */
    @Override
    public Set<String> heldSubjects() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(LegalHold.heldSubjects(Instant.now(clock))));
    }

    private static void record(LegalHold h, LegalHoldEvent.Kind kind, String actor, Instant at) {
        LegalHoldEvent e = new LegalHoldEvent();
        e.holdId = h.id;
        e.kind = kind;
        e.actor = actor;
        e.at = at;
        e.subjectCount = h.subjects.size();
        e.persist();
    }

    private static LegalHoldDto dto(LegalHold h) {
        return new LegalHoldDto(h.id, List.copyOf(h.subjects), h.reason, h.description, h.endsAt, h.placedBy, h.placedAt,
                h.status, h.releasedBy, h.releasedAt);
    }

    private static LegalHoldEventDto dto(LegalHoldEvent e) {
        return new LegalHoldEventDto(e.id, e.holdId, e.kind.name().toLowerCase(Locale.ROOT), e.actor, e.at, e.subjectCount);
    }
}
