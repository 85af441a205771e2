package com.japanautoparts.kura.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/**
 * One service's part of an access request's export: ciphertext only (kura-common's FieldCipher, bound to the request
 * and the service). Kept apart from the request records, which hold no personal data: deleted when the download
 * window ends, and at once when the subject files an erasure request.
 */
@Entity
@Table(name = "dsr_export")
public class ExportPart extends PanacheEntity {

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public String service;

    /** AES-256-GCM ciphertext of the service's export document (JSON). */
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The parts of one request, by service. */
    public static List<ExportPart> listFor(UUID requestId) {
        return list("requestId", Sort.by("service"), requestId);
    }

    /** Deletes every export part of the subject's requests; returns how many went. */
    public static long deleteOfSubject(String subject) {
        return delete("requestId in (select r.id from DataSubjectRequest r where r.subject = ?1)", subject);
    }
}
