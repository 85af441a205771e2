package com.japanautoparts.kura.web.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the pages read from and send to the APIs (through the gateway), as records. Reading drops fields this module
 * does not know, so only reviewed fields reach a page; enumerations stay strings (the services own their values).
 * Contact data is the exception: it is read and changed as JSON ({@link CustomerClient#contact()}), so a correction
 * never drops a field the pages do not show yet.
 */
public final class Api {

    private Api() {
    }

    // ------------------------------------------------------------------ contact-service

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContactChange(Instant at, String actor, String field, String kind) {
    }

    /** One read of my contact data by someone other than me: when, which system, for whom, why, which categories. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Access(Instant at, String reader, String onBehalfOf, String purpose, List<String> dataItems) {
    }

    /** One reader's reads of contact data in one hour (no customer named), for the privacy officer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccessAnomaly(Instant hour, String reader, long reads, long customers, long misses, boolean anomalous) {
    }

    // ------------------------------------------------------------------ consent-service

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String channel, String page) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentState(String purpose, String state, Long recordId, Instant since, Source source,
            String policyVersion, String noticeVersion) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentRecord(long id, String purpose, String action, Instant at, Source source, String policyVersion,
            String noticeVersion, boolean viaGpc) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConsentAction(String channel, String page, String noticeVersion, String userAgent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Eligibility(String purpose, boolean eligible, Long basedOnRecordId, Instant grantedAt, Source source,
            String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Purpose(String key, String description, String legalBasis, String dataUse, boolean saleOrSharing,
            String requiredSourcePage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Policy(String version, LocalDate effectiveDate, String summary, Instant publishedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Acknowledgement(String version, Instant acknowledgedAt) {
    }

    // ------------------------------------------------------------------ disclosure-service

    /**
     * One disclosure of my data: who, when, what, why, on what basis; {@code times} and {@code lastAt} when the same
     * recipient received the same data again ({@code at} is the first time; null when once).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Disclosure(long id, Instant at, String recipientName, String recipientKind, List<String> dataItems,
            String purpose, String legalBasis, String reference, Long times, Instant lastAt, List<Notice> notices) {
    }

    /** The recipient was told of a correction or erasure of this disclosure's data (GDPR Art. 19), and acknowledged or not. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notice(String kind, List<String> dataItems, Instant notifiedAt, Instant acknowledgedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Case(long id, String type, String status, String recipientId, String referenceDocument,
            String requester, String description, List<String> subjects, List<String> dataItems, String openedBy,
            Instant openedAt, String decidedBy, Instant decidedAt, String decisionNote, String executedBy,
            Instant executedAt) {
    }

    public record NewCase(String type, String recipientId, String referenceDocument, String requester,
            String description, List<String> subjects, List<String> dataItems) {
    }

    public record Decision(String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recipient(String id, String name, String kind, String country, String transferMechanism,
            String contractReference, String oidcClientId, Boolean active, Integer version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(Long id, String recipientKind, String purpose, String legalBasis, boolean requiresAssignment,
            boolean requiresReason, String description, Window window, Integer version, List<String> dataItems) {
    }

    /** A per-order rule's disclosure window: from {@code opensAt} until {@code grace} after one of {@code closesAt}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Window(String opensAt, List<String> closesAt, String grace) {
    }

    /**
     * A proposed change of a rule ({@code target} {@code <kind>/<purpose>}) or a recipient ({@code target} its id): the
     * whole proposed state ({@code rule} or {@code recipient}, neither for a removal), and once decided, by whom.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Proposal(long id, String subject, String action, String target, Integer baseVersion, Rule rule,
            Recipient recipient, String status, String proposedBy, Instant proposedAt, String decidedBy,
            Instant decidedAt, String decisionNote, Integer appliedVersion) {
    }

    /** Refused attempts of one actor for one reason and purpose in one period; {@code ledgerId} once written. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refusal(String recipientId, String actor, String reason, String purpose, Integer ruleVersion,
            long attempts, int subjects, Instant from, Instant to, Long ledgerId) {
    }

    /** A correction or erasure notice not acknowledged yet (GDPR Art. 19): to whom, about which order, what, since when. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PendingNotice(long id, String recipientId, String recipientName, String reference, String kind,
            List<String> dataItems, Instant notifiedAt, long ledgerId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refusals(List<Refusal> pending, List<Refusal> recorded) {

        public Refusals {
            pending = pending == null ? List.of() : pending;
            recorded = recorded == null ? List.of() : recorded;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LegalHold(long id, List<String> subjects, String reason, String description, Instant endsAt,
            String placedBy, Instant placedAt, String status, String releasedBy, Instant releasedAt) {
    }

    public record NewLegalHold(List<String> subjects, String reason, String description, Instant endsAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LegalHoldEvent(long id, long holdId, String kind, String actor, Instant at, int subjectCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LedgerEntry(long id, Instant at, String outcome, String recipientId, String recipientName,
            String recipientKind, String subject, List<String> subjects, String reference, List<String> dataItems,
            String purpose, String legalBasis, String actor, String refusal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verification(boolean valid, long rowsChecked, Long firstBrokenRowId, long purgedRows) {
    }

    // ------------------------------------------------------------------ gateway: data-subject requests, retention

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubjectRequest(String id, String subject, String type, String status, Instant receivedAt,
            Instant dueAt, Instant completedAt, String outcome, Instant exportAvailableUntil, List<Progress> progress) {

        public SubjectRequest {
            progress = progress == null ? List.of() : progress;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(String service, String status, int attempts, String outcome, String reason,
            Instant completedAt) {
    }

    public record NewRequest(String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RetentionReport(String trigger, Instant nextScheduledRun, List<DueCategory> categories) {

        public RetentionReport {
            categories = categories == null ? List.of() : categories;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DueCategory(String category, Instant cutoff, long count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PurgeLogEntry(String category, long purgedCount, Instant cutoff, Instant purgedAt, String trigger,
            String actor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StoragePressure(String trigger, List<ServicePurge> services) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServicePurge(String service, String outcome, Integer status, String detail, RetentionReport report) {
    }
}
