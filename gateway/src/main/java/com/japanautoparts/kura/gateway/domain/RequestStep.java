package com.japanautoparts.kura.gateway.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One service's part of a data-subject request; done once, never repeated after it is confirmed. */
@Entity
@Table(name = "dsr_step")
public class RequestStep extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    public DataSubjectRequest request;

    @Column(nullable = false)
    public String service;

    @Convert(converter = EnumConverters.Step.class)
    @Column(nullable = false)
    public StepStatus status;

    public int attempts;

    /** Why the last attempt failed (never personal data: a status code or "unreachable"). */
    @Column(name = "last_error")
    public String lastError;

    /** The service's erase outcome (erased, pseudonymised, blocked-legal-hold, ...). */
    public String outcome;

    /** The legal-hold reason a service gave. */
    public String reason;

    /**
     * What the service keeps by law after the erasure, and why, as it answered: a JSON array of
     * {@code {"what", "legalReason"}}; null when it keeps nothing.
     */
    public String retained;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
