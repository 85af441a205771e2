package com.japanautoparts.kura.consent.service;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.common.subject.Erasure;
import com.japanautoparts.kura.common.subject.ErasureOutcome;
import com.japanautoparts.kura.common.subject.SubjectData;
import com.japanautoparts.kura.common.subject.SubjectExport;
import com.japanautoparts.kura.consent.api.ConsentRecordDto;
import com.japanautoparts.kura.consent.config.ConsentConfig;
import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.domain.ConsentRecord;
import com.japanautoparts.kura.consent.domain.ConsentSubject;
import com.japanautoparts.kura.consent.domain.PolicyAcknowledgement;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;

/**
 * consent-service's part in data-subject requests. Export: consent states, the ledger, policy acknowledgements and the
 * time of the last marketing email. Erasure, idempotent: what {@link ErasureKeeps} decides stays, everything else goes
 * (acknowledgements too); the subject's entry stays, marked erased (no policy-change notice; only actions dated after
 * the erasure are recorded, and the first marks the customer back: {@link SubjectRegistry#touch}), only while records
 * stay. Once the proof window has closed, the retention purge ({@link ConsentRetentionPlan}) leaves only the opt-outs.
 */
@ApplicationScoped
public class ConsentSubjectData implements SubjectData {

    /** The page of the withdrawal an erasure appends (channel {@code dsr}). */
    static final String ERASURE_PAGE = "erasure";

    static final Erasure.Retained OPT_OUTS = new Erasure.Retained(
            "the withdrawal that decides each purpose the customer opted out of (suppression record), and that the customer was erased",
            "proof of opt-out, so that the customer is never contacted for that purpose again, also by a delayed batch carrying "
                    + "an older opt-in (GDPR Art. 7(3), 21(2)-(3); Japan Specified E-mail Act Arts. 3-4)");

    private final ConsentService consents;
    private final PolicyService policies;
    private final SubjectRegistry subjects;
    private final ConsentRecorder recorder;
    private final Caller caller;
    private final Period proofPeriod;
    private final Clock clock;

    public ConsentSubjectData(ConsentService consents, PolicyService policies, SubjectRegistry subjects, ConsentRecorder recorder,
            Caller caller, ConsentConfig config, Clock clock) {
        this.consents = consents;
        this.policies = policies;
        this.subjects = subjects;
        this.recorder = recorder;
        this.caller = caller;
        this.proofPeriod = config.retention().consentProof();
        this.clock = clock;
    }

    /**
     * The document (the shape of {@link com.japanautoparts.kura.consent.api.SubjectExportDto}) written while it is read:
     * the state of each purpose, the ledger a page at a time, the acknowledgements (one per policy version at most), the
     * time of the last marketing email when there is one.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubjectExport> export(String subject) {
        if (ConsentSubject.findBySubject(subject).isEmpty() && !ConsentRecord.anyForSubject(subject)
                && !PolicyAcknowledgement.anyForSubject(subject)) {
            return Optional.empty();
        }
        return Optional.of(document -> {
            document.field("consents", consents.states(subject));
            document.array("history", (first, max) -> {
                List<ConsentRecordDto> page = consents.history(subject, first, max);
                Panache.getEntityManager().clear();
                return page;
            });
            document.field("policyAcknowledgements", policies.acknowledgements(subject));
            document.fieldUnlessNull("lastMarketingEmailAt",
                    ConsentSubject.findBySubject(subject).map(known -> known.lastMarketingEmailAt).orElse(null));
        });
    }

    /**
     * {@code erased} when nothing is left; {@code suppression-kept} with what is kept and why when opt-outs (and, for three
     * years after the last marketing email, the opt-in proof) stay.
     */
    @Override
    @Transactional
    public Erasure erase(String subject) {
        Instant now = Instant.now(clock);
        Optional<ConsentSubject> known = ConsentSubject.findBySubject(subject);
        Instant lastEmail = known.map(s -> s.lastMarketingEmailAt).orElse(null);
        boolean proofWindowOpen = lastEmail != null && lastEmail.isAfter(now.atZone(ZoneOffset.UTC).minus(proofPeriod).toInstant());

        ErasureKeeps keeps = ErasureKeeps.of(ConsentRecord.listForSubject(subject), proofWindowOpen ? lastEmail : null);
        Set<Long> kept = new HashSet<>(keeps.ids());
        Optional<ConsentRecord> withdrawal = keeps.standingOptIn().map(grant -> withdraw(grant, now));
        withdrawal.ifPresent(appended -> kept.add(appended.id));
        long deleted = ConsentRecord.eraseExcept(subject, kept);
        long acknowledgements = PolicyAcknowledgement.delete("subject", subject);
        Log.debugf("Erasure deleted %d consent records and %d acknowledgements, kept %d records", deleted, acknowledgements, kept.size());
        if (kept.isEmpty()) {
            known.ifPresent(ConsentSubject::delete);
            return Erasure.erased();
        }
        ConsentSubject entry = known.orElseGet(() -> subjects.entry(subject));
        if (!entry.erased()) {
            // Erased now (again, for a customer who came back): only actions after this take effect from here on.
            entry.erasedAt = withdrawal.map(appended -> appended.at).filter(at -> at.isAfter(now)).orElse(now);
            entry.returnedAt = null;
        }
        if (!proofWindowOpen) {
            // The proof window has closed: the time of the last email is no longer needed either.
            entry.lastMarketingEmailAt = null;
        }
        return keeps.optInProof().isEmpty()
                ? Erasure.keeping(ErasureOutcome.SUPPRESSION_KEPT, OPT_OUTS)
                : Erasure.keeping(ErasureOutcome.SUPPRESSION_KEPT, OPT_OUTS, optInProof());
    }

    /** Cancels a standing opt-in before its proof is kept; not before the grant, whose client time may run a little ahead of ours. */
    private ConsentRecord withdraw(ConsentRecord grant, Instant now) {
        return recorder.append(grant.subject, grant.purposeKey, ConsentAction.WITHDRAWN, grant.at.isAfter(now) ? grant.at : now,
                new ConsentRecorder.Source(ConsentRecord.DSR_CHANNEL, ERASURE_PAGE, null, null, false),
                caller.actingAs(Roles.DSR_COORDINATOR));
    }

    private Erasure.Retained optInProof() {
        return new Erasure.Retained("the marketing-email opt-in records up to the last marketing email, and when that email was sent, "
                + "until " + proofPeriod + " after it",
                "proof of consent while a claim about an email sent under it can still arise (Japan Specified E-mail Act Arts. 3-4; "
                        + "3 years for mail-order advertising under the SCTA)");
    }
}
