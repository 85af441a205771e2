package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;


import io.quarkus.hibernate.orm.panache.PanacheEntity;

/**
 * An exception disclosure (court order, government request, harmful conduct, fraud or credit-risk
 * exchange, business transfer): opened by one person, approved or rejected by a different privacy
 * officer, then executed once within the approved scope.
 */
@Entity
@Table(name = "disclosure_case")
public class DisclosureCase extends PanacheEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    public Recipient recipient;

    @Column(name = "reference_document", nullable = false)
    public String referenceDocument;

    @Column(nullable = false)
    public String requester;

    public String description;

    @Convert(converter = StringListConverter.class)
    @Column(nullable = false)
    public List<String> subjects;

    @Convert(converter = StringListConverter.class)
    @Column(name = "data_items", nullable = false)
    public List<String> dataItems;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "executed_by")
    public String executedBy;

    @Column(name = "executed_at")
    public Instant executedAt;

    @Version
    public long version;

    public static List<DisclosureCase> listAllSorted() {
        return list("order by id desc");
    }

    public static List<DisclosureCase> listOpenedBy(String person) {
        return list("openedBy = ?1 order by id desc", person);
    }

    /** Whether any case, open or closed, lists the subject. */
    public static boolean anyNaming(String subject) {
        return (Boolean) getEntityManager().createNativeQuery(
                "select exists (select 1 from disclosure_case where ?1 = any (string_to_array(subjects, chr(10))))", Boolean.class)
                .setParameter(1, subject).getSingleResult();
    }
}
