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

    public record Registry(List<RecipientRow> recipients, List<RuleRow> rules) {
    }

    public record RecipientRow(String id, String name, String kindLabel, String country, String transferMechanism,
            String contractReference, boolean active) {
    }

    public record RuleRow(String recipientKindLabel, String purpose, String basisLabel, boolean requiresAssignment,
            boolean requiresReason, String description) {
    }
}
