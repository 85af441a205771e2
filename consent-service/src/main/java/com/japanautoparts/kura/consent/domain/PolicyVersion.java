package com.japanautoparts.kura.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A published version of the privacy policy. Published versions never change. */
@Entity
@Table(name = "policy_version")
@Immutable
public class PolicyVersion extends PanacheEntity {

    @Column(nullable = false, unique = true, updatable = false)
    public String version;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false)
    public String summary;

    /** SHA-256 of the policy text as published, lower-case hex. */
    @Column(name = "text_sha256", nullable = false)
    public String textSha256;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public static Optional<PolicyVersion> findByVersion(String version) {
        return find("version", version).firstResultOptional();
    }

    /** The version in force on a day: the latest effective on or before it; same day, the later published. */
    public static Optional<PolicyVersion> inForceOn(LocalDate day) {
        return find("effectiveDate <= ?1 order by effectiveDate desc, id desc", day).firstResultOptional();
    }

    public static List<PolicyVersion> listAllByEffectiveDate() {
        return list("order by effectiveDate, id");
    }
}
