package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.disclosure.api.LedgerEntryDto;
import com.japanautoparts.kura.disclosure.api.ReportEntryDto;
import com.japanautoparts.kura.disclosure.api.ReportNoticeDto;
import com.japanautoparts.kura.disclosure.domain.ChangeNotice;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.LedgerHead;
import com.japanautoparts.kura.disclosure.domain.Recipient;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** The append-only, hash-chained disclosure ledger. */
@ApplicationScoped
@Transactional
public class LedgerService {

    private final Clock clock;

    public LedgerService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends one row and flushes it, so a failure to record surfaces here, before any data is
     * released. The chain head is locked for the rest of the transaction: appends are serialised.
     */
    public LedgerEntry append(LedgerDraft draft) {
        return appendAll(List.of(draft)).get(0);
    }

    public List<LedgerEntry> appendAll(List<LedgerDraft> drafts) {
        LedgerHead head = LedgerHead.findById(LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The ledger chain head is missing");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<LedgerEntry> written = new ArrayList<>(drafts.size());
        for (LedgerDraft draft : drafts) {
            LedgerEntry entry = toEntry(draft);
            entry.id = head.lastId + 1;
            entry.at = now;
            entry.previousHash = head.lastHash;
            entry.hash = entry.computeHash();
            entry.persist();
            head.lastId = entry.id;
            head.lastHash = entry.hash;
            written.add(entry);
        }
        LedgerEntry.flush();
        return written;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntryDto> newest(String subject, int limit) {
        PanacheQuery<LedgerEntry> query = subject == null ? LedgerEntry.find("order by id desc")
                : LedgerEntry.find("subject = ?1 order by id desc", subject);
        return query.page(0, limit).list().stream().map(LedgerService::dto).toList();
    }

    /** Every disclosure of this subject's data, including bulk rows that list the subject (APPI Art. 33(5)). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportEntryDto> reportFor(String subject) {
        return reportPage(subject, 0, Integer.MAX_VALUE, noticesFor(subject));
    }

    /**
     * Rows {@code first} to {@code first + max - 1} of {@link #reportFor}, each with the notices {@link #noticesFor} found
     * for it: the access export reads the report a page at a time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportEntryDto> reportPage(String subject, int first, int max, Map<Long, List<ReportNoticeDto>> told) {
        return LedgerEntry.disclosuresOf(subject, first, max).stream()
                .map(e -> reportEntry(e).withNotices(told.getOrDefault(e.id, List.of())))
                .toList();
    }

    /**
     * The notices of corrections and erasures of the subject's data, by the disclosure each belongs to: the newest
     * disclosure before it of the same data (recipient and order). The customer reads "Yamato received your address for
     * order ..., and was told of your correction on ..., acknowledged on ...". As many as the notices, whatever the rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<ReportNoticeDto>> noticesFor(String subject) {
        Map<Long, List<ReportNoticeDto>> told = new HashMap<>();
        for (ChangeNotice notice : ChangeNotice.about(subject)) {
            LedgerEntry.lastDisclosureBefore(subject, notice.recipientId, notice.reference, notice.ledgerId)
                    .ifPresent(id -> told.computeIfAbsent(id, key -> new ArrayList<>()).add(new ReportNoticeDto(
                            notice.kind.key(), notice.dataItems, notice.notifiedAt, notice.acknowledgedAt)));
        }
        return told;
    }

    /** Aggregate rows of refusals written since the instant, newest first (the officer's view of a flood). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntryDto> refusalsSince(Instant since, int limit) {
        return LedgerEntry.refusalsSince(since, limit).stream().map(LedgerService::dto).toList();
    }

    private static LedgerEntryDto dto(LedgerEntry e) {
        return new LedgerEntryDto(e.id, e.at, e.outcome, e.recipientId, e.recipientName, e.recipientKind, e.subject,
                e.subjects, e.reference, e.dataItems, e.purpose, e.legalBasis, e.basisReference, e.reason, e.actor,
                e.refusal, e.ruleVersion, e.attempts, e.previousHash, e.hash);
    }

    private static ReportEntryDto reportEntry(LedgerEntry e) {
        return new ReportEntryDto(e.id, e.at, e.recipientName, e.recipientKind, e.dataItems, e.purpose, e.legalBasis,
                e.reference);
    }

    private static LedgerEntry toEntry(LedgerDraft draft) {
        LedgerEntry entry = new LedgerEntry();
        entry.outcome = draft.outcome();
        Recipient recipient = draft.recipient();
        if (recipient != null) {
            entry.recipientId = recipient.id;
            entry.recipientName = recipient.name;
            entry.recipientKind = recipient.kind;
        }
        entry.subject = draft.subject();
        entry.subjects = draft.subjects() == null ? null : List.copyOf(draft.subjects());
        entry.reference = draft.reference();
        entry.dataItems = List.copyOf(draft.dataItems());
        entry.purpose = draft.purpose();
        entry.legalBasis = draft.legalBasis();
        entry.basisReference = draft.basisReference();
        entry.reason = draft.reason();
        entry.actor = draft.actor();
        entry.refusal = draft.refusal();
        entry.ruleVersion = draft.ruleVersion();
        entry.attempts = draft.attempts();
        return entry;
    }
}
