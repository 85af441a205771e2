package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * A proposed change to a need-to-know rule or to the recipient registry, and once applied, an entry of its history. One
 * privacy officer proposes it; a different one approves (the change is applied as a new version) or rejects it. Decided
 * once; never changed or deleted afterwards (a database trigger, also for the two-person rule).
 */
@Entity
@Table(name = "change_proposal")
public class ChangeProposal extends PanacheEntity {

    /** What is changed. */
    public enum Subject {
        RULE, RECIPIENT;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Action {
        CREATE, CHANGE, REMOVE;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Status {
        OPEN, APPLIED, REJECTED;

        @JsonValue
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Subject subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    /** A rule's {@code <recipient kind>/<purpose>} (e.g. {@code carrier/delivery}), a recipient's id. */
    @Column(nullable = false)
    public String target;

    /** The version the change was proposed against (none for a creation): approving it after another change is a conflict. */
    @Column(name = "base_version")
    public Integer baseVersion;

    /** The whole proposed state (the API's JSON of a rule or recipient); none for a removal. */
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    /** The version the change became, once applied. */
    @Column(name = "applied_version")
    public Integer appliedVersion;

    @Version
    public long version;

    public static List<ChangeProposal> listByStatus(Status status, int limit) {
        return (status == null ? find("order by id desc") : find("status = ?1 order by id desc", status)).page(0, limit).list();
    }

    /** The applied changes of one rule or recipient, newest first: its history. */
    public static List<ChangeProposal> history(Subject subject, String target) {
        return list("subject = ?1 and target = ?2 and status = ?3 order by appliedVersion desc, id desc", subject, target,
                Status.APPLIED);
    }

    /** The applied changes of every rule or every recipient, newest first. */
    public static List<ChangeProposal> history(Subject subject, int limit) {
        return find("subject = ?1 and status = ?2 order by decidedAt desc, id desc", subject, Status.APPLIED).page(0, limit).list();
    }

    /** The highest version ever applied to the target (a removed rule's kind and purpose keep counting on re-creation). */
    public static int lastVersion(Subject subject, String target) {
        Integer last = getEntityManager().createQuery(
                "select max(p.appliedVersion) from ChangeProposal p where p.subject = ?1 and p.target = ?2", Integer.class)
                .setParameter(1, subject).setParameter(2, target).getSingleResult();
        return last == null ? 0 : last;
    }
}
