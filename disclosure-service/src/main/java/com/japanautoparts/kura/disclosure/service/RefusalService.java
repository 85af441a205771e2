package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.disclosure.api.RefusalDto;
import com.japanautoparts.kura.disclosure.api.RefusalsDto;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;

/** The privacy officer's view of refusals: the counts not written yet, and the aggregate ledger rows of a period. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RefusalService {

    private static final int RECORDED_LIMIT = 500;
    private static final String PREFIX = "refusals:";

    private final RefusalTally tally;
    private final Clock clock;

    public RefusalService(RefusalTally tally, Clock clock) {
        this.tally = tally;
        this.clock = clock;
    }

    public RefusalsDto since(int minutes) {
        Instant since = Instant.now(clock).minus(Duration.ofMinutes(minutes));
        List<RefusalDto> recorded = LedgerEntry.refusalsSince(since, RECORDED_LIMIT).stream().map(RefusalService::dto).toList();
        return new RefusalsDto(tally.pending(), recorded);
    }

    /** An aggregate row as a refusal count; its period is in its reference, {@code refusals:<from>/<to>}. */
    private static RefusalDto dto(LedgerEntry e) {
        Instant from = null;
        Instant to = null;
        if (e.reference.startsWith(PREFIX) && e.reference.indexOf('/') > 0) {
            String[] period = e.reference.substring(PREFIX.length()).split("/", 2);
            from = Instant.parse(period[0]);
            to = Instant.parse(period[1]);
        }
        return new RefusalDto(e.recipientId, e.actor, e.refusal, e.purpose, e.ruleVersion, e.attempts,
                e.subjects == null ? 0 : e.subjects.size(), from, to, e.id);
    }
}
