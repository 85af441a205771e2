package com.japanautoparts.kura.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * One chunk of one service's part of an access request's export: ciphertext only (kura-common's FieldCipher, bound to
 * the request, the service, the chunk's index and whether it is the part's last). A part is the service's document as
 * it answered, in chunks of at most {@code CHUNK_BYTES} plaintext, so that it is read from the service, stored and read back
 * without ever being held whole. Kept apart from the request records, which hold no personal data: deleted when the
 * download window ends, and at once when the subject files an erasure request.
 */
@Entity
@Table(name = "dsr_export")
public class ExportPart extends PanacheEntity {

    /** Plaintext bytes per chunk (the last one of a part may hold fewer). */
    public static final int CHUNK_BYTES = 256 * 1024;

    /** A stored part: its service and how many chunks it has. */
    public record Stored(String service, int chunks) {
    }

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(nullable = false)
    public String service;

    /** The chunk's index in its part, from 0. */
    @Column(nullable = false)
    public int seq;

    /** AES-256-GCM ciphertext of this chunk of the service's export document (JSON, UTF-8). */
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The parts of one request: each service's number of chunks. */
    public static List<Stored> partsOf(UUID requestId) {
        return getEntityManager().createQuery(
                        "select e.service, count(e) from ExportPart e where e.requestId = ?1 group by e.service", Object[].class)
                .setParameter(1, requestId)
                .getResultStream()
                .map(row -> new Stored((String) row[0], ((Number) row[1]).intValue()))
                .toList();
    }

    /**
     * One chunk's ciphertext, read alone (a projection, never kept in the persistence context), so reading a part holds
     * one chunk at a time.
     */
    public static byte[] chunk(UUID requestId, String service, int seq) {
        return getEntityManager().createQuery(
                        "select e.content from ExportPart e where e.requestId = ?1 and e.service = ?2 and e.seq = ?3", byte[].class)
                .setParameter(1, requestId)
                .setParameter(2, service)
                .setParameter(3, seq)
                .getSingleResult();
    }

    /** Deletes one service's part of one request (a part refused while it was stored); returns how many chunks went. */
    public static long deletePart(UUID requestId, String service) {
        return delete("requestId = ?1 and service = ?2", requestId, service);
    }

    /** Deletes every export chunk of the subject's requests; returns how many went. */
    public static long deleteOfSubject(String subject) {
        return delete("requestId in (select r.id from DataSubjectRequest r where r.subject = ?1)", subject);
    }
}
