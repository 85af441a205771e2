package com.japanautoparts.kura.consent.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import com.japanautoparts.kura.ledger.ChainHash;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One entry of the append-only consent ledger. Never updated: Hibernate treats it as immutable, the application's database
 * role may only insert and read it, and a trigger refuses UPDATE, and DELETE but through the owner's erasure and purge
 * functions ({@link #eraseExcept}; the purge is {@code ConsentRetentionPlan}'s). Each record is a link of the consent chain
 * ({@link ConsentChainLink}): its hash ({@link #computeHash()}) covers every field and its random {@code salt}. The current
 * state of a consent is derived from these rows (the service's ConsentLedger).
 */
@Entity
@Table(name = "consent_record")
@Immutable
public class ConsentRecord extends PanacheEntity {

    /** A subject's records, oldest first. */
    private static final String FOR_SUBJECT = "subject = ?1 order by at, id";

    /** The channel of withdrawals recorded from a Global Privacy Control signal. */
    public static final String GPC_CHANNEL = "gpc";
    /** The channel of withdrawals an erasure appends. */
    public static final String DSR_CHANNEL = "dsr";
    /** Channels only this service records; refused from clients. */
    public static final Set<String> RESERVED_CHANNELS = Set.of(GPC_CHANNEL, DSR_CHANNEL);

    @Column(nullable = false)
    public String subject;

    @Column(name = "purpose_key", nullable = false)
    public String purposeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentAction action;

    /** When the customer acted, as the client reports it; decides the order of actions. */
    @Column(nullable = false)
    public Instant at;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** How the consent was given or withdrawn: channel (web, app, gpc, dsr) and page (account-login-page). */
    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String page;

    /** The privacy policy version in force at {@link #at}, if one was published. */
    @Column(name = "policy_version")
    public String policyVersion;

    /** The version of the wording or notice shown to the customer. */
    @Column(name = "notice_version")
    public String noticeVersion;

    @Column(name = "user_agent")
    public String userAgent;

    /** Who recorded it: customer, storefront:&lt;client&gt;, dsr-coordinator:&lt;client&gt; (Caller.actingAs). */
    @Column(nullable = false)
    public String actor;

    /** Recorded from a Global Privacy Control signal. */
    @Column(name = "via_gpc", nullable = false)
    public boolean viaGpc;

    /** 16 random bytes (hex), in the record's hash: once the record is gone, its hash in the chain cannot be tested against a guess. */
    @Column(nullable = false)
    public String salt;

    /** The record's fields as its hash covers them, in order (kura-ledger's canonical form), the salt last. */
    public List<String> hashedFields() {
        return Arrays.asList(id == null ? null : id.toString(), subject, purposeKey, action == null ? null : action.name(),
                at == null ? null : at.toString(), recordedAt == null ? null : recordedAt.toString(), channel, page, policyVersion,
                noticeVersion, userAgent, actor, Boolean.toString(viaGpc), salt);
    }

    /** SHA-256 over the canonical form of {@link #hashedFields()}. */
    public String computeHash() {
        ChainHash form = ChainHash.form();
        hashedFields().forEach(form::field);
        return form.sha256();
    }

    public static List<ConsentRecord> listForSubject(String subject) {
        return list(FOR_SUBJECT, subject);
    }

    /** One page of {@link #listForSubject}: at most {@code max} records from the {@code first} (from 0). */
    public static List<ConsentRecord> pageForSubject(String subject, int first, int max) {
        return find(FOR_SUBJECT, subject).range(first, first + max - 1).list();
    }

    public static boolean anyForSubject(String subject) {
        return count("subject", subject) > 0;
    }

    public static List<ConsentRecord> listForSubject(String subject, String purposeKey) {
        return list("subject = ?1 and purposeKey = ?2 order by at, id", subject, purposeKey);
    }

    /**
     * Erasure: deletes the subject's records but those in {@code keep}, through the owner's function
     * {@code consent_erase_records} (the application's role cannot delete ledger rows), which records each removal and
     * refuses to delete a standing opt-out or opt-in proof inside its window. Returns how many went.
     */
    public static long eraseExcept(String subject, Set<Long> keep) {
        String kept = keep.stream().map(String::valueOf).collect(Collectors.joining(","));
        return ((Number) getEntityManager().createNativeQuery(
                "select consent_erase_records(?1, cast(string_to_array(?2, ',') as bigint[]))", Integer.class)
                .setParameter(1, subject).setParameter(2, kept).getSingleResult()).longValue();
    }
}
