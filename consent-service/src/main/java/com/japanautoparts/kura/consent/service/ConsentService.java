package com.japanautoparts.kura.consent.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.consent.ConsentAction;
import com.japanautoparts.kura.consent.ConsentRecord;
import com.japanautoparts.kura.consent.ConsentSubject;
import com.japanautoparts.kura.consent.PolicyAcknowledgement;
import com.japanautoparts.kura.consent.PolicyVersion;
import com.japanautoparts.kura.consent.Purpose;
import com.japanautoparts.kura.consent.config.ConsentConfig;
import com.japanautoparts.kura.consent.rest.AcknowledgementDto;
import com.japanautoparts.kura.consent.rest.ConsentActionDto;
import com.japanautoparts.kura.consent.rest.ConsentRecordDto;
import com.japanautoparts.kura.consent.rest.ConsentStateDto;
import com.japanautoparts.kura.consent.rest.EligibilityDto;
import com.japanautoparts.kura.consent.rest.SourceDto;
import com.japanautoparts.kura.consent.rest.SubjectExportDto;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;

/** The consent ledger: records actions, derives current states and eligibility, exports and erases. */
@ApplicationScoped
@Transactional
public class ConsentService {

    /** The purpose whose opt-in proof is kept for three years after the last marketing email. */
    public static final String MARKETING_EMAIL = "marketing-email-specials";
    static final String GPC_CHANNEL = "gpc";
    static final String DSR_CHANNEL = "dsr";
    private static final Set<String> RESERVED_CHANNELS = Set.of(GPC_CHANNEL, DSR_CHANNEL);
    private static final String GPC_DEFAULT_PAGE = "global-privacy-control";

    private final SubjectRegistry subjects;
    private final ConsentConfig config;
    private final Clock clock;

    public ConsentService(SubjectRegistry subjects, ConsentConfig config, Clock clock) {
        this.subjects = subjects;
        this.config = config;
        this.clock = clock;
    }

    /** Appends one grant or withdrawal; nothing already recorded changes. Empty when the purpose is unknown. */
    public Optional<ConsentRecordDto> record(String subject, String purposeKey, ConsentAction action, ConsentActionDto details,
            String actor) {
        Optional<Purpose> known = Purpose.findByKey(purposeKey);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Purpose purpose = known.get();
        if (RESERVED_CHANNELS.contains(details.channel())) {
            throw ProblemException.unprocessable("Channel '" + details.channel() + "' is reserved for signals this service records itself");
        }
        if (action == ConsentAction.GRANTED && details.noticeVersion() == null) {
            throw ProblemException.unprocessable("A grant needs noticeVersion: the version of the wording the customer was shown");
        }
        Instant at = checkedTime(details.at(), "at");
        subjects.touch(subject);
        ConsentRecord record = append(subject, purpose.key, action, at, details.channel(), details.page(), details.noticeVersion(),
                details.userAgent(), actor, false);
        Log.debugf("Recorded %s of %s by %s", action, purpose.key, actor);
        return Optional.of(ConsentRecordDto.of(record));
    }

    /**
     * A Global Privacy Control signal: an opt-out of every sale/sharing purpose, appended as withdrawals.
     * As with any withdrawal, only a grant given after it (by its own time) stands against it.
     */
    public List<ConsentRecordDto> recordGpc(String subject, Instant givenAt, String page, String userAgent, String actor) {
        Instant at = checkedTime(givenAt, "at");
        subjects.touch(subject);
        List<ConsentRecordDto> recorded = new ArrayList<>();
        for (Purpose purpose : Purpose.<Purpose> list("saleOrSharing = true order by key")) {
            recorded.add(ConsentRecordDto.of(append(subject, purpose.key, ConsentAction.WITHDRAWN, at, GPC_CHANNEL,
                    page == null ? GPC_DEFAULT_PAGE : page, null, userAgent, actor, true)));
        }
        return recorded;
    }

    /** The mail sender reports a marketing email sent; the proof window runs from the latest one. */
    public void recordMarketingEmail(String subject, Instant sentAt) {
        Instant at = checkedTime(sentAt, "sentAt");
        ConsentSubject known = ConsentSubject.findBySubject(subject).orElseGet(() -> subjects.touch(subject));
        if (known.lastMarketingEmailAt == null || known.lastMarketingEmailAt.isBefore(at)) {
            known.lastMarketingEmailAt = at;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentStateDto> states(String subject) {
        Map<String, List<ConsentRecord>> byPurpose = byPurpose(ConsentRecord.listForSubject(subject));
        return Purpose.listAllByKey().stream()
                .map(p -> ConsentLedger.deciding(byPurpose.getOrDefault(p.key, List.of()))
                        .map(ConsentService::state)
                        .orElseGet(() -> new ConsentStateDto(p.key, "none", null, null, null, null, null)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConsentRecordDto> history(String subject) {
        return ConsentRecord.listForSubject(subject).stream().map(ConsentRecordDto::of).toList();
    }

    /** Empty when the purpose is unknown. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<EligibilityDto> eligibility(String subject, String purposeKey) {
        return Purpose.findByKey(purposeKey).map(purpose -> {
            ConsentLedger.Verdict verdict = ConsentLedger.eligibility(purpose, ConsentRecord.listForSubject(subject, purpose.key));
            ConsentRecord basis = verdict.basedOn();
            return new EligibilityDto(subject, purpose.key, verdict.eligible(), basis == null ? null : basis.id,
                    verdict.eligible() ? basis.at : null,
                    basis == null ? null : new SourceDto(basis.channel, basis.page),
                    verdict.reason());
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubjectExportDto> export(String subject) {
        Optional<ConsentSubject> known = ConsentSubject.findBySubject(subject);
        List<ConsentRecordDto> history = history(subject);
        List<AcknowledgementDto> acknowledgements = acknowledgements(subject);
        if (known.isEmpty() && history.isEmpty() && acknowledgements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SubjectExportDto("consent-service", subject, states(subject), history, acknowledgements,
                known.map(s -> s.lastMarketingEmailAt).orElse(null)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AcknowledgementDto> acknowledgements(String subject) {
        return PolicyAcknowledgement.listForSubject(subject).stream()
                .map(a -> new AcknowledgementDto(PolicyVersion.<PolicyVersion> findById(a.policyVersionId).version, a.acknowledgedAt))
                .toList();
    }

    /**
     * Erases the subject's consent data except what the law makes us keep, and is idempotent:
     * <ul>
     * <li>per purpose whose current state is withdrawn, the deciding withdrawal (suppression proof: the opt-out must
     * be honoured, also against a delayed batch that still carries an older grant);</li>
     * <li>while three years have not passed since the last marketing email, every marketing-email record up to that
     * email (opt-in proof); if the opt-in still stands, a withdrawal is appended first, so the kept proof can never
     * make the subject eligible again.</li>
     * </ul>
     * Policy acknowledgements go; the subject entry stays only while records are kept, marked erased. Once the proof
     * window has closed, the retention purge (RetentionService) leaves only the suppression records.
     *
     * @return {@code erased} when nothing is left, {@code suppression-kept} when records were kept as above
     */
    public String erase(String subject, String actor) {
        Instant now = Instant.now(clock);
        Optional<ConsentSubject> known = ConsentSubject.findBySubject(subject);
        Instant lastEmail = known.map(s -> s.lastMarketingEmailAt).orElse(null);
        boolean proofWindowOpen = lastEmail != null && lastEmail.plus(config.retention().consentProof()).isAfter(now);

        Set<Long> keep = new HashSet<>();
        for (Map.Entry<String, List<ConsentRecord>> purpose : byPurpose(ConsentRecord.listForSubject(subject)).entrySet()) {
            ConsentRecord deciding = ConsentLedger.deciding(purpose.getValue()).orElseThrow();
            boolean keepProof = proofWindowOpen && MARKETING_EMAIL.equals(purpose.getKey());
            if (keepProof) {
                purpose.getValue().stream().filter(r -> !r.at.isAfter(lastEmail)).forEach(r -> keep.add(r.id));
                if (deciding.action == ConsentAction.GRANTED) {
                    // Not before the grant it cancels, which may carry a client time a little ahead of ours.
                    Instant withdrawnAt = deciding.at.isAfter(now) ? deciding.at : now;
                    deciding = append(subject, purpose.getKey(), ConsentAction.WITHDRAWN, withdrawnAt, DSR_CHANNEL, "erasure", null, null,
                            actor, false);
                }
            }
            if (deciding.action == ConsentAction.WITHDRAWN) {
                keep.add(deciding.id);
            }
        }

        long deleted = deleteRecordsExcept(subject, keep);
        long acknowledgements = PolicyAcknowledgement.delete("subject", subject);
        Log.debugf("Erasure deleted %d consent records and %d acknowledgements, kept %d records", deleted, acknowledgements, keep.size());
        if (keep.isEmpty()) {
            known.ifPresent(ConsentSubject::delete);
            return "erased";
        }
        ConsentSubject entry = known.orElseGet(() -> subjects.touch(subject));
        if (entry.erasedAt == null) {
            entry.erasedAt = now;
        }
        if (!proofWindowOpen) {
            // The proof window has closed: the time of the last email is no longer needed either.
            entry.lastMarketingEmailAt = null;
        }
        return "suppression-kept";
    }

    /**
     * The only sanctioned way to delete ledger rows: the append-only trigger lets a DELETE through only while the
     * transaction-local setting kura.erasure is 'on' (set_config(..., true) is SET LOCAL: it ends with this transaction).
     */
    private static long deleteRecordsExcept(String subject, Set<Long> keep) {
        allowLedgerDeletes();
        long deleted = keep.isEmpty()
                ? ConsentRecord.delete("subject", subject)
                : ConsentRecord.delete("subject = ?1 and id not in ?2", subject, keep);
        Panache.getEntityManager().createNativeQuery("select set_config('kura.erasure', 'off', true)").getSingleResult();
        return deleted;
    }

    /**
     * Lets the append-only trigger pass DELETEs until this transaction ends (SET LOCAL); only erasure and the retention
     * purge call it, each in its own short transaction.
     */
    public static void allowLedgerDeletes() {
        Panache.getEntityManager().createNativeQuery("select set_config('kura.erasure', 'on', true)").getSingleResult();
    }

    private ConsentRecord append(String subject, String purposeKey, ConsentAction action, Instant at, String channel, String page,
            String noticeVersion, String userAgent, String actor, boolean viaGpc) {
        ConsentRecord record = new ConsentRecord();
        record.subject = subject;
        record.purposeKey = purposeKey;
        record.action = action;
        record.at = at;
        record.recordedAt = Instant.now(clock);
        record.channel = channel;
        record.page = page;
        record.policyVersion = PolicyVersion.inForceOn(LocalDate.ofInstant(at, config.policyZone())).map(p -> p.version).orElse(null);
        record.noticeVersion = noticeVersion;
        record.userAgent = userAgent;
        record.actor = actor;
        record.viaGpc = viaGpc;
        record.persist();
        return record;
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

    private static Map<String, List<ConsentRecord>> byPurpose(List<ConsentRecord> records) {
        return records.stream().collect(Collectors.groupingBy(r -> r.purposeKey));
    }

    private static ConsentStateDto state(ConsentRecord r) {
        return new ConsentStateDto(r.purposeKey, r.action == ConsentAction.GRANTED ? "granted" : "withdrawn", r.id, r.at,
                new SourceDto(r.channel, r.page), r.policyVersion, r.noticeVersion);
    }
}
