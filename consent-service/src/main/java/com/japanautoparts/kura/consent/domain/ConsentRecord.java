package com.japanautoparts.kura.consent.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One entry of the append-only consent ledger. Never updated: Hibernate treats it as immutable and a
 * database trigger refuses UPDATE (and DELETE outside {@link #withDeletesAllowed}). The current state of a consent is
 * derived from these rows (the service's ConsentLedger).
 */
@Entity
@Table(name = "consent_record")
@Immutable
public class ConsentRecord extends PanacheEntity {

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

    public static List<ConsentRecord> listForSubject(String subject) {
        return list("subject = ?1 order by at, id", subject);
    }

    public static List<ConsentRecord> listForSubject(String subject, String purposeKey) {
        return list("subject = ?1 and purposeKey = ?2 order by at, id", subject, purposeKey);
    }

    /**
     * The one way ledger rows are deleted, by erasure and by the retention purge alike: the append-only trigger
     * ({@code consent_record_append_only}) lets a DELETE through only while the transaction-local setting
     * {@code kura.erasure} is {@code 'on'}. It is switched on for {@code deletes} and off after them ({@code set_config(...,
     * true)} is SET LOCAL, so it ends with the transaction in any case). Needs a transaction; SQL that runs through the
     * datasource in the same transaction uses the same connection, and so sees the setting.
     */
    public static <T> T withDeletesAllowed(Supplier<T> deletes) {
        erasureSetting("on");
        T result = deletes.get();
        erasureSetting("off");
        return result;
    }

    /** Deletes the subject's records but those in {@code keep}; returns how many went. */
    public static long deleteOfSubjectExcept(String subject, Set<Long> keep) {
        return withDeletesAllowed(() -> keep.isEmpty()
                ? delete("subject", subject)
                : delete("subject = ?1 and id not in ?2", subject, keep));
    }

    private static void erasureSetting(String value) {
        getEntityManager().createNativeQuery("select set_config('kura.erasure', ?1, true)").setParameter(1, value).getSingleResult();
    }
}
