package com.japanautoparts.kura.disclosure.service;

import java.time.Period;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionPlan;
import com.japanautoparts.kura.common.retention.RetentionQueries;
import com.japanautoparts.kura.disclosure.config.DisclosureConfig;

/**
 * What disclosure-service keeps and for how long. Everything here is a record of provision or explains one, with a
 * legal minimum of three years (APPI Art. 29/30): a shorter period stops start-up, and storage pressure deletes
 * nothing sooner. Closed cases are purged before the ledger, so a case goes in the run after the last ledger row that
 * refers to it, and the dry run says exactly what the purge does.
 */
@ApplicationScoped
public class DisclosureRetentionPlan implements RetentionPlan {

    public static final String LEDGER = "disclosure ledger";
    public static final String CLOSED_CASES = "exception cases (executed or rejected)";
    public static final String ENDED_HOLDS = "legal holds (ended) and their events";
    public static final String CHANGE_NOTICES = "correction and erasure notices";
    public static final String RECEIVED_CHANGES = "change reports received (de-duplication)";

    /** APPI Enforcement Rules: records of provision are kept three years. The database guard says the same. */
    public static final Period LEGAL_MINIMUM = Period.ofYears(3);

    /**
     * Executed cases end when executed, rejected ones when rejected. A case stays while one of its subjects is held,
     * and while ledger rows refer to it.
     */
    private static final String CLOSED_CASES_DUE = """
            select c.id from disclosure_case c
            where c.status in ('EXECUTED', 'REJECTED') and coalesce(c.executed_at, c.decided_at) < :cutoff
              and not (string_to_array(c.subjects, chr(10)) && cast(:held as text[]))
              and not exists (select 1 from ledger_entry e where e.reference = 'case:' || c.id)
            order by c.id""";

    /**
     * A hold ends when it is released or when its end passes, whichever comes first; it goes with its subjects and its
     * events (the database lets the events go only then, by its own clock: {@code purge_ended_legal_holds}).
     */
    /**
     * A notice explains its NOTIFIED and ACKNOWLEDGED ledger rows, so it goes like a case: three years after it was sent,
     * in the run after the last of its ledger rows, unless its subject is held. An unacknowledged notice goes too: the
     * record that the recipient was told is then past its own retention.
     */
    private static final String CHANGE_NOTICES_DUE = """
            select n.id from change_notice n
            where n.notified_at < :cutoff and n.subject <> all(:held)
              and not exists (select 1 from ledger_entry e where e.id in (n.ledger_id, n.acknowledged_ledger_id))
            order by n.id""";

    /** Event ids only (no subject, no value): kept as long as the notices they became, so a late resend is still known. */
    private static final String RECEIVED_CHANGES_DUE = "select event_id from received_change where received_at < :cutoff";

    private static final String ENDED_HOLDS_COUNT = """
            select count(*) from legal_hold h
            where legal_hold_ended_at(h.status, h.released_at, h.ends_at) < least(:cutoff, ledger_legal_cutoff())""";
    private static final String ENDED_HOLDS_DELETE = "select purge_ended_legal_holds(:cutoff, :limit)";

    private final List<RetentionCategory> categories;

    public DisclosureRetentionPlan(DisclosureConfig config, RetentionQueries queries, LedgerPurge ledger) {
        DisclosureConfig.Retention retention = config.retention();
        this.categories = List.of(
                RetentionCategory.of(CLOSED_CASES, retention.closedCases(), queries.rows("disclosure_case", CLOSED_CASES_DUE))
                        .legalMinimum(LEGAL_MINIMUM),
                RetentionCategory.of(CHANGE_NOTICES, retention.ledger(), queries.rows("change_notice", CHANGE_NOTICES_DUE))
                        .legalMinimum(LEGAL_MINIMUM),
                RetentionCategory.of(RECEIVED_CHANGES, retention.ledger(), queries.statements(
                        "select count(*) from (" + RECEIVED_CHANGES_DUE + ") due",
                        "delete from received_change where event_id in (" + RECEIVED_CHANGES_DUE + " limit :limit)"))
                        .legalMinimum(LEGAL_MINIMUM),
                RetentionCategory.of(ENDED_HOLDS, retention.ledger(), queries.statements(ENDED_HOLDS_COUNT, ENDED_HOLDS_DELETE))
                        .legalMinimum(LEGAL_MINIMUM),
                RetentionCategory.of(LEDGER, retention.ledger(), ledger).legalMinimum(LEGAL_MINIMUM));
    }

    @Override
    public List<RetentionCategory> categories() {
        return categories;
    }
}
