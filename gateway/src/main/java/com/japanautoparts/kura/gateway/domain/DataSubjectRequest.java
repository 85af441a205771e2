package com.japanautoparts.kura.gateway.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** A data-subject request (access or erasure) and its progress across the services. */
@Entity
@Table(name = "dsr_request")
public class DataSubjectRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The customer: the token subject of whoever filed it. */
    @Column(nullable = false)
    public String subject;

    @Convert(converter = EnumConverters.Type.class)
    @Column(nullable = false)
    public RequestType type;

    @Convert(converter = EnumConverters.Status.class)
    @Column(nullable = false)
    public RequestStatus status;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    public String outcome;

    /**
     * For a finished access request: until when its export can be downloaded (the parts are {@link ExportPart}s); null
     * when there is none to download (not finished, or deleted by an erasure request).
     */
    @Column(name = "export_available_until")
    public Instant exportAvailableUntil;

    /** The W3C traceparent of the HTTP request that filed it: its fan-out continues that trace (ids only). */
    @Column(name = "trace_parent")
    public String traceParent;

    /** The X-Request-Id of the HTTP request that filed it: its fan-out logs and passes on the same id. */
    @Column(name = "http_request_id")
    public String httpRequestId;

    @Version
    public long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("service")
    public List<RequestStep> steps = new ArrayList<>();

    /** The subject's open request of this type, if any (at most one: a unique index). */
    public static Optional<DataSubjectRequest> findOpen(String subject, RequestType type) {
        return find("subject = ?1 and type = ?2 and status in ?3", subject, type, RequestStatus.OPEN).firstResultOptional();
    }

    /** The request, if it is the subject's own. */
    public static Optional<DataSubjectRequest> findOwn(UUID id, String subject) {
        return find("id = ?1 and subject = ?2", id, subject).firstResultOptional();
    }

    /** The subject's requests, newest first. */
    public static List<DataSubjectRequest> listOwn(String subject) {
        return list("subject", Sort.by("receivedAt").descending(), subject);
    }

    /** Every request (or the open ones), soonest due first. */
    public static List<DataSubjectRequest> listByDueDate(boolean openOnly) {
        Sort byDueDate = Sort.by("dueAt").and("receivedAt");
        return openOnly ? list("status in ?1", byDueDate, RequestStatus.OPEN) : listAll(byDueDate);
    }

    /** The ids of the open requests, soonest due first. */
    public static List<UUID> openIds() {
        return getEntityManager()
                .createQuery("select r.id from DataSubjectRequest r where r.status in :open order by r.dueAt", UUID.class)
                .setParameter("open", RequestStatus.OPEN)
                .getResultList();
    }

    /** Whether the subject filed an erasure request after this instant. */
    public static boolean erasureFiledAfter(String subject, Instant after) {
        return count("subject = ?1 and type = ?2 and receivedAt > ?3", subject, RequestType.ERASURE, after) > 0;
    }

    /** Ends the download window of every export of the subject (their parts are deleted with {@link ExportPart}). */
    public static int endExportWindows(String subject) {
        return update("exportAvailableUntil = null where subject = ?1 and exportAvailableUntil is not null", subject);
    }

    /** Takes the subject's filing lock until the transaction ends: two identical requests filed at once are one. */
    public static void lockSubject(String subject) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, subject).getSingleResult();
    }
}
