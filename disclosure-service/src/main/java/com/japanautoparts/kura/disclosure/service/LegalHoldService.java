package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.HoldStatus;
import com.japanautoparts.kura.disclosure.LegalHold;
import com.japanautoparts.kura.disclosure.LegalHoldEvent;
import com.japanautoparts.kura.disclosure.rest.HeldSubjectsDto;
import com.japanautoparts.kura.disclosure.rest.LegalHoldDto;
import com.japanautoparts.kura.disclosure.rest.LegalHoldEventDto;
import com.japanautoparts.kura.disclosure.rest.NewLegalHoldDto;
import com.japanautoparts.kura.disclosure.rest.SubjectHoldsDto;

import io.quarkus.logging.Log;

/**
 * Legal holds: placed by a privacy officer, released only by a different one (two-person rule), every
 * placement and release recorded append-only. A hold counts while it is active and has not ended.
 */
@ApplicationScoped
@Transactional
public class LegalHoldService {

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
        return LegalHoldDto.of(h);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LegalHoldDto> list() {
        return LegalHold.<LegalHold> listNewestFirst().stream().map(LegalHoldDto::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LegalHoldDto> find(long id) {
        return LegalHold.<LegalHold> findByIdOptional(id).map(LegalHoldDto::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<LegalHoldEventDto>> events(long id) {
        return LegalHold.<LegalHold> findByIdOptional(id)
                .map(h -> LegalHoldEvent.forHold(h.id).stream().map(LegalHoldEventDto::of).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LegalHoldEventDto> recentEvents(int limit) {
        return LegalHoldEvent.newest(limit).stream().map(LegalHoldEventDto::of).toList();
    }

    /** Releases an active hold; the person who placed it may not release it alone. */
    public Optional<LegalHoldDto> release(long id, String releasedBy) {
        return LegalHold.<LegalHold> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(h -> {
            if (h.placedBy.equals(releasedBy)) {
                throw Problems.forbidden("Two-person rule: the privacy officer who placed a hold cannot release it");
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
            return LegalHoldDto.of(h);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubjectHoldsDto check(String customerId) {
        List<SubjectHoldsDto.Hold> holds = LegalHold.inForceOn(customerId, Instant.now(clock)).stream()
                .map(SubjectHoldsDto.Hold::of).toList();
        return new SubjectHoldsDto(customerId, !holds.isEmpty(), holds);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HeldSubjectsDto heldSubjects() {
        return new HeldSubjectsDto(LegalHold.heldSubjects(Instant.now(clock)));
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
}
