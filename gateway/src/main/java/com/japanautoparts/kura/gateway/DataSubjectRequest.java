package com.japanautoparts.kura.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** For access requests: the combined export, once every service has answered. */
    @Column(name = "export_document")
    public String exportDocument;

    @Version
    public long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("service")
    public List<RequestStep> steps = new ArrayList<>();
}
