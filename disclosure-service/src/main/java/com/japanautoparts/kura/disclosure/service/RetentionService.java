package com.japanautoparts.kura.disclosure.service;

import static com.japanautoparts.kura.common.retention.BatchedDelete.inBatches;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import com.japanautoparts.kura.common.retention.DueCategory;
import com.japanautoparts.kura.common.retention.PurgeLog;
import com.japanautoparts.kura.common.retention.PurgeLogEntry;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionSchedule;
import com.japanautoparts.kura.disclosure.LedgerAnchor;
import com.japanautoparts.kura.disclosure.LedgerEntry;
import com.japanautoparts.kura.disclosure.LegalHold;
import com.japanautoparts.kura.disclosure.config.DisclosureConfig;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes ledger rows, closed exception cases and ended legal holds once they are past their retention period,
 * in bounded batches (one short transaction each), and records every purge in the purge log and the
 * {@code kura.retention.purged} metric. A dry run walks the same rows with the same rules and deletes nothing.
 * <p>
 * The ledger is a hash chain, so only its oldest rows go, without gaps: the purge walks from the anchor and stops
 * at the first row that is not yet past retention, belongs to a subject under a legal hold, or fails
 * verification. The database moves the anchor with each batch (see {@code V1.2.0__retention.sql}).
 * <p>
 * Everything here has a legal minimum of three years, so storage pressure deletes nothing sooner than the
 * schedule: both triggers use the same periods.
 */
@ApplicationScoped
public class RetentionService implements RetentionSchedule {

    public static final String LEDGER = "disclosure ledger";
    public static final String LEDGER_HELD = "disclosure ledger: past retention, kept for a legal hold";
    public static final String LEDGER_BROKEN = "disclosure ledger: past retention, kept as the chain is broken";
    public static final String CLOSED_CASES = "exception cases (executed or rejected)";
    public static final String ENDED_HOLDS = "legal holds (ended) and their events";

    /** APPI Enforcement Rules: records of provision are kept three years. The database guard says the same. */
    public static final Period LEGAL_MINIMUM = Period.ofYears(3);

    /** The categories a purge deletes from; the others only report what it keeps. */
    private static final Set<String> DELETED = Set.of(LEDGER, CLOSED_CASES, ENDED_HOLDS);

    /**
     * Executed cases end when executed, rejected ones when rejected. A case stays while one of its subjects is
     * held, and while ledger rows that refer to it remain after the ledger purge (rows after position ?3).
     */
    private static final String CLOSED_CASES_DUE = """
            from disclosure_case c
            where c.status in ('EXECUTED', 'REJECTED') and coalesce(c.executed_at, c.decided_at) < ?1
              and not (string_to_array(c.subjects, chr(10)) && cast(?2 as text[]))
              and not exists (select 1 from ledger_entry e where e.reference = 'case:' || c.id and e.id > ?3)""";

    /** A hold ends when it is released or when its end passes, whichever comes first. */
    private static final String ENDED_HOLDS_DUE = """
            from legal_hold h
            where (case when h.status = 'RELEASED' then least(h.released_at, h.ends_at) else h.ends_at end) < ?1""";

    /** Why the walk along the ledger stopped. */
    private enum Stop {
        /** Every row was past retention; the walk reached the end of the chain. */
        END,
        /** The next row is not yet past retention. */
        NOT_EXPIRED,
        /** The next row is about a subject under a legal hold in force. */
        HELD,
        /** The next row fails verification: it stays as evidence, and so does everything after it. */
        BROKEN
    }

    /** One batch along the ledger: the prefix that may go ends at {@code lastId}; {@code stop} is null if the batch was full. */
    private record Batch(long lastId, String lastHash, long rows, Long stopId, Stop stop) {
    }

    /** How many ledger rows go (up to position {@code lastId}) and how many past retention stay, and why. */
    private record LedgerOutcome(long lastId, long purgeable, long held, long broken) {
    }

    private final DisclosureConfig.Retention retention;
    private final EntityManager entityManager;
    private final PurgeLog purgeLog;
    private final Clock clock;

    public RetentionService(DisclosureConfig config, EntityManager entityManager, PurgeLog purgeLog, Clock clock) {
        this.retention = config.retention();
        this.entityManager = entityManager;
        this.purgeLog = purgeLog;
        this.clock = clock;
    }

    /** Refuses to start with a period shorter than the legal minimum. */
    void refuseShortPeriods(@Observes StartupEvent start) {
        requireLegalMinimum(retention);
    }

    /** Throws with every property that is shorter than the legal minimum of three years. */
    public static void requireLegalMinimum(DisclosureConfig.Retention retention) {
        List<String> tooShort = new ArrayList<>();
        if (!atLeast(retention.ledger(), LEGAL_MINIMUM)) {
            tooShort.add("disclosure.retention.ledger=" + retention.ledger());
        }
        if (!atLeast(retention.closedCases(), LEGAL_MINIMUM)) {
            tooShort.add("disclosure.retention.closed-cases=" + retention.closedCases());
        }
        if (!tooShort.isEmpty()) {
            throw new IllegalStateException(String.join(", ", tooShort) + " is shorter than the legal minimum of "
                    + LEGAL_MINIMUM + " (APPI Art. 29/30 records of provision are kept 3 years); refusing to start");
        }
    }

    /** Periods of years, months and days have no order of their own: compare them on every day of a leap-year cycle. */
    static boolean atLeast(Period period, Period minimum) {
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 4 * 366; i++, day = day.plusDays(1)) {
            if (day.minus(period).isAfter(day.minus(minimum))) {
                return false;
            }
        }
        return true;
    }

    @Scheduled(identity = RetentionSchedule.JOB, every = "${disclosure.retention.every}",
            delayed = "${disclosure.retention.first-run-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge(PurgeTrigger.SCHEDULE, RetentionSchedule.SCHEDULER);
    }

    /** What a purge would delete now, and how many expired ledger rows it would keep back; deletes nothing. */
    @Override
    public List<DueCategory> dryRun(PurgeTrigger trigger) {
        return run(false);
    }

    /** Deletes what is past retention (the same under storage pressure: everything here has a legal minimum). */
    @Override
    public List<DueCategory> purge(PurgeTrigger trigger, String actor) {
        Instant now = Instant.now(clock);
        List<DueCategory> purged = run(true);
        QuarkusTransaction.requiringNew().run(() -> purgeLog.record(purged.stream().filter(due -> DELETED.contains(due.category()))
                .map(due -> PurgeLogEntry.of(due, now, trigger, actor)).toList()));
        return purged;
    }

    @Override
    public List<PurgeLogEntry> purgeLog() {
        return purgeLog.latest(100);
    }

    private List<DueCategory> run(boolean delete) {
        Instant now = Instant.now(clock);
        // The database guard decides by the database's clock; never ask for more than it allows.
        Instant legalCutoff = QuarkusTransaction.requiringNew()
                .call(() -> (Instant) entityManager.createNativeQuery("select ledger_legal_cutoff()", Instant.class).getSingleResult());
        Instant ledgerCutoff = earlier(now.atZone(ZoneOffset.UTC).minus(retention.ledger()).toInstant(), legalCutoff);
        Instant casesCutoff = earlier(now.atZone(ZoneOffset.UTC).minus(retention.closedCases()).toInstant(), legalCutoff);

        LedgerOutcome ledger = ledger(ledgerCutoff, now, delete);
        long cases = closedCases(casesCutoff, now, ledger.lastId(), delete);
        long holds = endedHolds(ledgerCutoff, delete);
        return List.of(new DueCategory(LEDGER, ledgerCutoff, ledger.purgeable()),
                new DueCategory(LEDGER_HELD, ledgerCutoff, ledger.held()),
                new DueCategory(LEDGER_BROKEN, ledgerCutoff, ledger.broken()),
                new DueCategory(CLOSED_CASES, casesCutoff, cases),
                new DueCategory(ENDED_HOLDS, ledgerCutoff, holds));
    }

    /** Walks the ledger from the anchor, batch by batch, deleting each batch's prefix when {@code delete}. */
    private LedgerOutcome ledger(Instant cutoff, Instant now, boolean delete) {
        LedgerAnchor anchor = QuarkusTransaction.requiringNew().call(() -> LedgerAnchor.<LedgerAnchor> findById(LedgerAnchor.ID));
        long afterId = anchor.lastPurgedId;
        String afterHash = anchor.lastPurgedHash;
        long rows = 0;
        Batch batch;
        do {
            long fromId = afterId;
            String fromHash = afterHash;
            batch = QuarkusTransaction.requiringNew().call(() -> ledgerBatch(cutoff, now, delete, fromId, fromHash));
            rows += batch.rows();
            afterId = batch.lastId();
            afterHash = batch.lastHash();
        } while (batch.stop() == null);

        long keptBack = 0;
        if (batch.stop() == Stop.HELD || batch.stop() == Stop.BROKEN) {
            long stopId = batch.stopId();
            keptBack = QuarkusTransaction.requiringNew().call(() -> count(
                    "select count(*) from ledger_entry where id >= ?1 and at < ?2", stopId, cutoff));
        }
        if (batch.stop() == Stop.BROKEN) {
            Log.errorf("Ledger row %d fails verification: it and the %d rows past retention from it on are kept", batch.stopId(),
                    keptBack);
        }
        return new LedgerOutcome(afterId, rows, batch.stop() == Stop.HELD ? keptBack : 0, batch.stop() == Stop.BROKEN ? keptBack : 0);
    }

    /**
     * The next rows after the given position, up to the first that must stay. A purge starts from the anchor
     * instead, locked, so that purges on several instances take turns, and deletes the prefix it found.
     */
    private Batch ledgerBatch(Instant cutoff, Instant now, boolean delete, long afterId, String afterHash) {
        long fromId = afterId;
        String fromHash = afterHash;
        if (delete) {
            LedgerAnchor anchor = LedgerAnchor.findById(LedgerAnchor.ID, LockModeType.PESSIMISTIC_WRITE);
            fromId = anchor.lastPurgedId;
            fromHash = anchor.lastPurgedHash;
        }
        Set<String> held = Set.copyOf(LegalHold.heldSubjects(now));
        List<LedgerEntry> rows = LedgerEntry.find("id > ?1 order by id", fromId).page(0, retention.batchSize()).list();
        long lastId = fromId;
        String lastHash = fromHash;
        Long stopId = null;
        Stop stop = rows.size() < retention.batchSize() ? Stop.END : null;
        for (LedgerEntry row : rows) {
            Stop reason = !row.at.isBefore(cutoff) ? Stop.NOT_EXPIRED
                    : !LedgerHasher.follows(row, lastId, lastHash) ? Stop.BROKEN
                    : isHeld(row, held) ? Stop.HELD : null;
            if (reason != null) {
                stop = reason;
                stopId = row.id;
                break;
            }
            lastId = row.id;
            lastHash = row.hash;
        }
        if (delete && lastId > fromId) {
            allowPurge();
            int deleted = entityManager.createNativeQuery("delete from ledger_entry where id > ?1 and id <= ?2")
                    .setParameter(1, fromId).setParameter(2, lastId).executeUpdate();
            if (deleted != lastId - fromId) {
                throw new IllegalStateException("Ledger purge deleted " + deleted + " rows, expected " + (lastId - fromId));
            }
        }
        return new Batch(lastId, lastHash, lastId - fromId, stopId, stop);
    }

    private static boolean isHeld(LedgerEntry row, Set<String> held) {
        return row.subject != null && held.contains(row.subject)
                || row.subjects != null && row.subjects.stream().anyMatch(held::contains);
    }

    private long closedCases(Instant cutoff, Instant now, long ledgerPurgedTo, boolean delete) {
        if (!delete) {
            return QuarkusTransaction.requiringNew()
                    .call(() -> count("select count(*) " + CLOSED_CASES_DUE, cutoff, held(now), ledgerPurgedTo));
        }
        return inBatches(retention.batchSize(), batch -> entityManager.createNativeQuery(
                "delete from disclosure_case where id in (select c.id " + CLOSED_CASES_DUE + " order by c.id limit ?4)")
                .setParameter(1, cutoff).setParameter(2, held(now)).setParameter(3, ledgerPurgedTo)
                .setParameter(4, batch).executeUpdate());
    }

    /** Ended holds go with their subjects and their events (the database lets the events go only with the hold). */
    private long endedHolds(Instant cutoff, boolean delete) {
        if (!delete) {
            return QuarkusTransaction.requiringNew().call(() -> count("select count(*) " + ENDED_HOLDS_DUE, cutoff));
        }
        return inBatches(retention.batchSize(), batch -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = entityManager.createNativeQuery("select h.id " + ENDED_HOLDS_DUE + " order by h.id limit ?2")
                    .setParameter(1, cutoff).setParameter(2, batch).getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            List<Long> holdIds = ids.stream().map(Number::longValue).toList();
            allowPurge();
            entityManager.createNativeQuery("delete from legal_hold_event where hold_id in (?1)").setParameter(1, holdIds)
                    .executeUpdate();
            entityManager.createNativeQuery("delete from legal_hold_subject where hold_id in (?1)").setParameter(1, holdIds)
                    .executeUpdate();
            return entityManager.createNativeQuery("delete from legal_hold where id in (?1)").setParameter(1, holdIds)
                    .executeUpdate();
        });
    }

    private String[] held(Instant now) {
        return LegalHold.heldSubjects(now).toArray(String[]::new);
    }

    /** Switches the database guard to purge mode for the rest of this transaction only. */
    private void allowPurge() {
        entityManager.createNativeQuery("select set_config('kura.ledger_purge', 'on', true)").getSingleResult();
    }

    private long count(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
