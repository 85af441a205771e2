package com.japanautoparts.kura.web.i18n;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The console's own vocabulary (order stages of disclosure windows, refusal reasons, proposals) in plain words of one
 * language, beside {@link Words}. A value not known here yet is shown as it is.
 */
public final class OfficeWords {

    private final ChangesMsg office;
    private final OfficeMsg console;
    private final Words words;

    public OfficeWords(ChangesMsg office, OfficeMsg console, Words words) {
        this.office = office;
        this.console = console;
        this.words = words;
    }

    /** The texts of proposals, refusals and reads. */
    public ChangesMsg msg() {
        return office;
    }

    /** The console's other texts (kinds, bases, contracts ...). */
    public OfficeMsg console() {
        return console;
    }

    public Words words() {
        return words;
    }

    public String stage(String stage) {
        return switch (stage == null ? "" : stage) {
            case "placed" -> office.stage_placed();
            case "paid" -> office.stage_paid();
            case "shipped" -> office.stage_shipped();
            case "delivered" -> office.stage_delivered();
            case "cancelled" -> office.stage_cancelled();
            case "refunded" -> office.stage_refunded();
            default -> stage == null ? "" : stage;
        };
    }

    /** An ISO period of days ({@code P14D}) in words; any other period as it is. */
    public String grace(String grace) {
        if (grace == null) {
            return "";
        }
        try {
            Period period = Period.parse(grace);
            if (period.getYears() == 0 && period.getMonths() == 0) {
                return office.grace_days(period.getDays());
            }
        } catch (DateTimeParseException e) {
            // shown as it is
        }
        return grace;
    }

    /** A rule's window in one line; {@code opensAt} null means the rule has none. */
    public String window(String opensAt, List<String> closesAt, String grace) {
        if (opensAt == null) {
            return office.rule_no_window();
        }
        List<String> closes = closesAt == null ? List.of() : closesAt.stream().map(this::stage).toList();
        return office.rule_window(stage(opensAt), words.formats().list(closes), grace(grace));
    }

    public String refusalReason(String reason) {
        return switch (reason == null ? "" : reason) {
            case "rate-limited" -> office.reason_rate_limited();
            case "malformed-id" -> office.reason_malformed_id();
            case "unknown-purpose" -> office.reason_unknown_purpose();
            case "unregistered-client" -> office.reason_unregistered_client();
            case "inactive-recipient" -> office.reason_inactive_recipient();
            case "no-rule" -> office.reason_no_rule();
            case "unknown-order" -> office.reason_unknown_order();
            case "not-assigned" -> office.reason_not_assigned();
            case "outside-window" -> office.reason_outside_window();
            default -> reason == null ? "" : reason;
        };
    }

    public String proposalStatus(String status) {
        return switch (status == null ? "" : status) {
            case "open" -> office.proposal_status_open();
            case "applied" -> office.proposal_status_applied();
            case "rejected" -> office.proposal_status_rejected();
            default -> status == null ? "" : status;
        };
    }

    public String proposalAction(String action) {
        return switch (action == null ? "" : action) {
            case "create" -> office.action_create();
            case "change" -> office.action_change();
            case "remove" -> office.action_remove();
            default -> action == null ? "" : action;
        };
    }

    public String proposalSubject(String subject) {
        return switch (subject == null ? "" : subject) {
            case "rule" -> office.subject_rule();
            case "recipient" -> office.subject_recipient();
            default -> subject == null ? "" : subject;
        };
    }

    public String yesNo(boolean value) {
        return value ? office.yes() : office.no();
    }
}
