package com.japanautoparts.kura.consent.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.consent.api.AcknowledgementDto;
import com.japanautoparts.kura.consent.api.PendingAcknowledgementsDto;
import com.japanautoparts.kura.consent.api.PolicyDto;
import com.japanautoparts.kura.consent.api.PolicyPublicationDto;
import com.japanautoparts.kura.consent.config.ConsentConfig;
import com.japanautoparts.kura.consent.domain.ConsentSubject;
import com.japanautoparts.kura.consent.domain.PolicyAcknowledgement;
import com.japanautoparts.kura.consent.domain.PolicyVersion;

/** Privacy policy versions, the version in force, and who has seen it. */
@ApplicationScoped
@Transactional
public class PolicyService {

    /** Not a version id: the path segment that names the version in force. */
    public static final String CURRENT = "current";

    public record Acknowledged(AcknowledgementDto acknowledgement, boolean created) {
    }

    private final SubjectRegistry subjects;
    private final ConsentConfig config;
    private final Clock clock;

    public PolicyService(SubjectRegistry subjects, ConsentConfig config, Clock clock) {
        this.subjects = subjects;
        this.config = config;
        this.clock = clock;
    }

    /** Publishes a version. It takes effect on its effective date, which may not lie in the past. */
    public PolicyDto publish(PolicyPublicationDto publication, String actor) {
        if (CURRENT.equalsIgnoreCase(publication.version())) {
            throw ProblemException.unprocessable("'current' is not a valid version id");
        }
        if (publication.effectiveDate().isBefore(today())) {
            throw ProblemException.unprocessable("'effectiveDate' lies in the past: a policy cannot take effect retroactively");
        }
        if (PolicyVersion.findByVersion(publication.version()).isPresent()) {
            throw ProblemException.conflict("This policy version is already published; published versions never change");
        }
        PolicyVersion version = new PolicyVersion();
        version.version = publication.version();
        version.effectiveDate = publication.effectiveDate();
        version.summary = publication.summary();
        version.textSha256 = publication.textSha256();
        version.publishedAt = Instant.now(clock);
        version.publishedBy = actor;
        version.persist();
        return dto(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PolicyDto> current() {
        return PolicyVersion.inForceOn(today()).map(PolicyService::dto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PolicyDto> find(String version) {
        return PolicyVersion.findByVersion(version).map(PolicyService::dto);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyDto> list() {
        return PolicyVersion.listAllByEffectiveDate().stream().map(PolicyService::dto).toList();
    }

    /** Records that the customer has seen a version; repeating it keeps the first acknowledgement. Empty if unknown. */
    public Optional<Acknowledged> acknowledge(String subject, String versionId) {
        Optional<PolicyVersion> version = CURRENT.equals(versionId) ? PolicyVersion.inForceOn(today()) : PolicyVersion.findByVersion(versionId);
        return version.map(v -> {
            Optional<PolicyAcknowledgement> existing = PolicyAcknowledgement.findFor(subject, v.id);
            if (existing.isPresent()) {
                return new Acknowledged(new AcknowledgementDto(v.version, existing.get().acknowledgedAt), false);
            }
            Instant now = Instant.now(clock);
            subjects.touch(subject, now);
            PolicyAcknowledgement acknowledgement = new PolicyAcknowledgement();
            acknowledgement.subject = subject;
            acknowledgement.policyVersionId = v.id;
            acknowledgement.acknowledgedAt = now;
            acknowledgement.persist();
            return new Acknowledged(new AcknowledgementDto(v.version, acknowledgement.acknowledgedAt), true);
        });
    }

    /** Customers known here who have not acknowledged the version in force, by id; empty when none is in force. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PendingAcknowledgementsDto> pending(int page, int size) {
        return PolicyVersion.inForceOn(today()).map(version -> new PendingAcknowledgementsDto(version.version, page, size,
                ConsentSubject.countNotAcknowledging(version.id), ConsentSubject.listNotAcknowledging(version.id, page, size)));
    }

    /** The versions the customer has acknowledged, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AcknowledgementDto> acknowledgements(String subject) {
        return PolicyAcknowledgement.listForSubject(subject).stream()
                .map(a -> new AcknowledgementDto(PolicyVersion.<PolicyVersion> findById(a.policyVersionId).version, a.acknowledgedAt))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), config.policyZone());
    }

    private static PolicyDto dto(PolicyVersion p) {
        return new PolicyDto(p.version, p.effectiveDate, p.summary, p.textSha256, p.publishedAt);
    }
}
