package com.japanautoparts.kura.consent.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.consent.config.ConsentConfig;
import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.domain.ConsentRecord;
import com.japanautoparts.kura.consent.domain.PolicyVersion;

/**
 * Appends one action to the consent ledger, stamped with when it was stored and the policy version in force on the
 * day of its own time (the store's calendar), and chains it ({@link ConsentChain}). Nothing already recorded changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConsentRecorder {

    /** Where a client's action came from and what it was shown. */
    public record Source(String channel, String page, String noticeVersion, String userAgent, boolean viaGpc) {
    }

    private final ConsentConfig config;
    private final Clock clock;
    private final ConsentChain chain;

    public ConsentRecorder(ConsentConfig config, Clock clock, ConsentChain chain) {
        this.config = config;
        this.clock = clock;
        this.chain = chain;
    }

    public ConsentRecord append(String subject, String purposeKey, ConsentAction action, Instant at, Source source, String actor) {
        ConsentRecord record = new ConsentRecord();
        record.subject = subject;
        record.purposeKey = purposeKey;
        record.action = action;
        // To the microsecond, as the database keeps them: the record's hash covers them.
        record.at = at.truncatedTo(ChronoUnit.MICROS);
        record.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        record.channel = source.channel();
        record.page = source.page();
        record.policyVersion = PolicyVersion.inForceOn(LocalDate.ofInstant(at, config.policyZone())).map(p -> p.version).orElse(null);
        record.noticeVersion = source.noticeVersion();
        record.userAgent = source.userAgent();
        record.actor = actor;
        record.viaGpc = source.viaGpc();
        record.salt = ConsentChain.salt();
        record.persist();
        chain.append(record);
        return record;
    }
}
