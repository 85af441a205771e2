package com.japanautoparts.kura.consent;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One entry of the append-only consent ledger. Never updated: Hibernate treats it as immutable and a
 * database trigger refuses UPDATE (and DELETE outside erasure). The current state of a consent is
 * derived from these rows (see ConsentLedger).
 */
@Entity
@Table(name = "consent_record")
@Immutable
public class ConsentRecord extends PanacheEntity {

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

    /** Who recorded it: customer, storefront:&lt;client&gt;, dsr-coordinator:&lt;client&gt;. */
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
}
