package com.japanautoparts.kura.web.view;

import java.util.List;

/** The privacy office's console, as the templates show it. */
public final class Console {

    private Console() {
    }

    public record Overview(boolean officer, int openRequests, int overdueRequests, int openCases, int approvedCases,
            int activeHolds, Boolean ledgerValid, Long firstBrokenRow) {
    }

    // ---------------------------------------------------------------- data-subject requests

    public record Requests(boolean openOnly, List<RequestRow> requests) {
    }

    public record RequestRow(String id, String subject, String typeLabel, String statusLabel, String receivedAt,
            String dueAt, boolean overdue, String daysLeft, int servicesDone, int servicesTotal) {
    }

    // ---------------------------------------------------------------- exception cases

    public record Cases(boolean officer, List<CaseRow> cases, List<Privacy.Choice> types, List<Privacy.Choice> recipients,
            List<Privacy.Choice> dataItems) {
    }

    public record CaseRow(long id, String typeLabel, String status, String statusLabel, String recipient,
            String openedBy, String openedAt, boolean mine) {
    }

    public record CaseDetail(long id, String typeLabel, String status, String statusLabel, String recipient,
            String referenceDocument, String requester, String description, List<String> subjects,
            String dataItems, String openedBy, String openedAt, String decidedBy, String decidedAt,
            String decisionNote, String executedBy, String executedAt, boolean officer, boolean openedByMe,
            boolean decidable, boolean executable) {
    }

    // ---------------------------------------------------------------- legal holds

    public record Holds(List<HoldRow> holds, List<HoldEventRow> events, List<Privacy.Choice> reasons, String minEndDate) {
    }

    public record HoldRow(long id, String reasonLabel, String description, int subjectCount, List<String> subjects,
            String endsAt, String placedBy, String placedAt, boolean inForce, String statusLabel, String releasedBy,
            String releasedAt, boolean placedByMe) {
    }

    public record HoldEventRow(long holdId, String kindLabel, String actor, String at, int subjectCount) {
    }

    // ---------------------------------------------------------------- the ledger

    public record Ledger(boolean valid, long rowsChecked, Long firstBrokenRow, long purgedRows, String subject,
            List<LedgerRow> rows) {
    }

    public record LedgerRow(long position, String at, String outcome, String recipient, String subjects,
            String reference, String items, String purpose, String basis, String actor, String refusal) {
    }

    // ---------------------------------------------------------------- retention

    public record Retention(List<ServiceRetention> services, List<StoragePressureRow> lastRun) {
    }

    /** One service: what the schedule would purge now, what storage pressure would, and its purge log. */
    public record ServiceRetention(String service, String serviceLabel, boolean reachable, String problem,
            String nextRun, List<DueRow> due, List<DueRow> dueUnderPressure, List<PurgeRow> purges) {
    }

    public record DueRow(String category, String cutoff, long count) {
    }

    public record PurgeRow(String at, String category, long count, String cutoff, String trigger, String actor) {
    }

    public record StoragePressureRow(String serviceLabel, String outcome, boolean purged, long purgedRows, String detail) {
    }

    // ---------------------------------------------------------------- recipients and rules

    public record Registry(List<RecipientRow> recipients, List<RuleRow> rules, List<Privacy.Choice> stages,
            NewRecipientForm newRecipient, NewRuleForm newRule) {
    }

    /**
     * The form proposing a new recipient: the values to show (empty, or what was sent when the proposal was refused),
     * the catalogue's kinds and the transfer mechanisms to choose from. {@code open}: shown unfolded (it was just refused).
     */
    public record NewRecipientForm(boolean open, String id, String name, String kind, List<Privacy.Choice> kinds,
            String country, String transferMechanism, List<Privacy.Choice> mechanisms, String contractReference,
            String oidcClientId) {
    }

    /**
     * The form proposing a new rule: only the recipient kinds and purposes the data catalogue grants and no rule names
     * yet, each saying whether it is per order (only those get a window); the values as in {@link NewRecipientForm}.
     */
    public record NewRuleForm(boolean open, List<NewRulePair> pairs, String legalBasis, List<Privacy.Choice> bases,
            boolean requiresReason, String description, String opensAt, List<Privacy.Choice> closesAt, String grace) {

        public boolean anyPerOrder() {
            return pairs.stream().anyMatch(NewRulePair::perOrder);
        }
    }

    /** A recipient kind and purpose the catalogue grants ({@code carrier/delivery}), in words. */
    public record NewRulePair(String value, String label, boolean perOrder, boolean selected) {
    }

    public record RecipientRow(String id, String name, String kindLabel, String country, String transferMechanism,
            String contractReference, boolean active, String version) {
    }

    /**
     * A rule as the registry shows it, with what its change form needs: the bases to choose from (the current one
     * selected), and for a per-order rule its window's stages.
     */
    public record RuleRow(long id, String version, String name, String recipientKindLabel, String purpose,
            String basisLabel, boolean requiresAssignment, boolean requiresReason, String description, String window,
            String items, List<Privacy.Choice> bases, String opensAt, List<Privacy.Choice> closesAt, String grace) {
    }

    /** One recipient: its details, the change form's values, and its applied changes. */
    public record RecipientDetail(String id, String name, String kindLabel, String country, List<Privacy.Choice> mechanisms,
            String contractReference, String oidcClientId, boolean active, String version, List<HistoryRow> history) {
    }

    // ---------------------------------------------------------------- change proposals

    public record Proposals(List<ProposalCard> open, List<HistoryRow> ruleHistory, List<HistoryRow> decided) {
    }

    /** An open proposal: what it changes, field by field (now and proposed), and whether the viewer proposed it. */
    public record ProposalCard(long id, String what, String target, String baseVersion,
            String proposedBy, String proposedAt, boolean proposedByMe, boolean removal, List<ChangeRow> changes) {
    }

    public record ChangeRow(String field, String now, String proposed, boolean changed) {
    }

    /** A decided proposal: a history entry once applied (its version), or a rejection. */
    public record HistoryRow(long id, String what, String status, String statusLabel, String version, String summary,
            String proposedBy, String proposedAt, String decidedBy, String decidedAt, String note) {
    }

    // ---------------------------------------------------------------- refusals and reads

    public record Activity(boolean refusalsReachable, List<RefusalRow> refusals, boolean readsReachable,
            List<ReadRow> reads, int unusualHours, boolean noticesReachable, List<NoticeRow> notices) {
    }

    /** A correction or erasure notice its recipient has not acknowledged yet, oldest first. */
    public record NoticeRow(String since, String recipient, String kindLabel, String items, String reference, long ledgerId) {
    }

    public record RefusalRow(String who, String reasonLabel, String purpose, String ruleVersion, long attempts,
            int subjects, String period, String ledger) {
    }

    public record ReadRow(String hour, String reader, long reads, long customers, long misses, boolean anomalous) {
    }
}
