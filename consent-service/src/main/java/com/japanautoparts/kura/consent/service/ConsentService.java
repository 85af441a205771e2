package com.japanautoparts.kura.consent.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.consent.api.ConsentActionDto;
import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.api.ConsentRecordDto;
import com.japanautoparts.kura.consent.api.ConsentStateDto;
import com.japanautoparts.kura.consent.api.EligibilityDto;
import com.japanautoparts.kura.consent.api.SourceDto;
import com.japanautoparts.kura.consent.config.ConsentConfig;
import com.japanautoparts.kura.consent.domain.ConsentPurpose;
import com.japanautoparts.kura.consent.domain.ConsentRecord;
import com.japanautoparts.kura.consent.domain.ConsentSubject;

import io.quarkus.logging.Log;

/** The consent ledger as customers and the storefront use it: records actions, derives current states and eligibility. */
@ApplicationScoped
@Transactional
public class ConsentService {

    private static final String GPC_DEFAULT_PAGE = "global-privacy-control";

    private final SubjectRegistry subjects;
    private final ConsentRecorder recorder;
    private final ConsentConfig config;
    private final Clock clock;

    public ConsentService(SubjectRegistry subjects, ConsentRecorder recorder, ConsentConfig config, Clock clock) {
        this.subjects = subjects;
        this.recorder = recorder;
        this.config = config;
        this.clock = clock;
    }

    /** Appends one grant or withdrawal; nothing already recorded changes. Empty when the purpose is unknown. */
    public Optional<ConsentRecordDto> record(String subject, String purposeKey, ConsentAction action, ConsentActionDto details,
            String actor) {
        Optional<ConsentPurpose> known = ConsentPurpose.findByKey(purposeKey);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        ConsentPurpose purpose = known.get();
        if (ConsentRecord.RESERVED_CHANNELS.contains(details.channel())) {
            throw ProblemException.unprocessable("Channel '" + details.channel() + "' is reserved for signals this service records itself");
        }
        if (action == ConsentAction.GRANTED && details.noticeVersion() == null) {
            throw ProblemException.unprocessable("A grant needs noticeVersion: the version of the wording the customer was shown");
        }
        Instant at = checkedTime(details.at(), "at");
        subjects.touch(subject, at);
        ConsentRecord record = recorder.append(subject, purpose.key, action, at, new ConsentRecorder.Source(details.channel(),
                details.page(), details.noticeVersion(), details.userAgent(), false), actor);
        Log.debugf("Recorded %s of %s by %s", action, purpose.key, actor);
        return Optional.of(dto(record));
    }

    /**
     * A Global Privacy Control signal: an opt-out of every sale/sharing purpose, appended as withdrawals.
     * As with any withdrawal, only a grant given after it (by its own time) stands against it.
     */
    public List<ConsentRecordDto> recordGpc(String subject, Instant givenAt, String page, String userAgent, String actor) {
        Instant at = checkedTime(givenAt, "at");
        subjects.touch(subject, at);
        ConsentRecorder.Source source = new ConsentRecorder.Source(ConsentRecord.GPC_CHANNEL, page == null ? GPC_DEFAULT_PAGE : page,
                null, userAgent, true);
        List<ConsentRecordDto> recorded = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.listSaleOrSharing()) {
            recorded.add(dto(recorder.append(subject, purpose.key, ConsentAction.WITHDRAWN, at, source, actor)));
        }
        return recorded;
    }

    /**
     * The mail sender reports a marketing email sent; the proof window runs from the latest one. Refused (409) for an
     * erased customer who has not come back: no email may have been sent to them, and the report does not bring them back.
     */
    public void recordMarketingEmail(String subject, Instant sentAt) {
        Instant at = checkedTime(sentAt, "sentAt");
        if (ConsentSubject.findBySubject(subject).filter(ConsentSubject::erased).isPresent()) {
            throw ProblemException.conflict("This customer was erased and has given no consent since; no marketing email "
                    + "may be sent to them");
        }
        ConsentSubject known = subjects.touch(subject, at);
        if (known.lastMarketingEmailAt == null || known.lastMarketingEmailAt.isBefore(at)) {
            known.lastMarketingEmailAt = at;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentStateDto> states(String subject) {
        Map<String, List<ConsentRecord>> byPurpose = ConsentRecord.listForSubject(subject).stream()
                .collect(Collectors.groupingBy(r -> r.purposeKey));
        return ConsentPurpose.listAllByKey().stream()
                .map(p -> ConsentLedger.deciding(byPurpose.getOrDefault(p.key, List.of()))
                        .map(ConsentService::state)
                        .orElseGet(() -> new ConsentStateDto(p.key, "none", null, null, null, null, null)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentRecordDto> history(String subject) {
        return ConsentRecord.listForSubject(subject).stream().map(ConsentService::dto).toList();
    }

    /** One page of {@link #history}: at most {@code max} records from the {@code first} (from 0). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentRecordDto> history(String subject, int first, int max) {
        return ConsentRecord.pageForSubject(subject, first, max).stream().map(ConsentService::dto).toList();
    }

    /** Empty when the purpose is unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EligibilityDto> eligibility(String subject, String purposeKey) {
        return ConsentPurpose.findByKey(purposeKey).map(purpose -> {
            ConsentLedger.Verdict verdict = ConsentLedger.eligibility(purpose, ConsentRecord.listForSubject(subject, purpose.key));
            ConsentRecord basis = verdict.basedOn();
            return new EligibilityDto(subject, purpose.key, verdict.eligible(), basis == null ? null : basis.id,
                    verdict.eligible() ? basis.at : null,
                    basis == null ? null : new SourceDto(basis.channel, basis.page),
                    verdict.reason());
        });
    }

    /** A client's time: defaults to now; not in the future beyond the skew, not older than the back-date limit. */
    private Instant checkedTime(Instant given, String field) {
        Instant now = Instant.now(clock);
        if (given == null) {
            return now;
        }
        if (given.isAfter(now.plus(config.clockSkew()))) {
            throw ProblemException.unprocessable("'" + field + "' lies in the future");
        }
        if (given.isBefore(now.minus(config.maxBackdate()))) {
            throw ProblemException.unprocessable("'" + field + "' lies too far in the past (at most " + config.maxBackdate().toDays() + " days)");
        }
        return given;
    }

    private static ConsentRecordDto dto(ConsentRecord r) {
        return new ConsentRecordDto(r.id, r.subject, r.purposeKey, r.action, r.at, r.recordedAt, new SourceDto(r.channel, r.page),
                r.policyVersion, r.noticeVersion, r.userAgent, r.actor, r.viaGpc);
    }

    private static ConsentStateDto state(ConsentRecord r) {
        return new ConsentStateDto(r.purposeKey, r.action == ConsentAction.GRANTED ? "granted" : "withdrawn", r.id, r.at,
                new SourceDto(r.channel, r.page), r.policyVersion, r.noticeVersion);
    }
}
