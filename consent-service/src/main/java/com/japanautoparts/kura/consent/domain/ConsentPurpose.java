package com.japanautoparts.kura.consent.domain;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a customer can consent to, e.g. {@code marketing-email-specials}; the registry is seeded by the Flyway migration.
 * Not a disclosure purpose (why data leaves Kura: the catalogue's {@code DisclosurePurpose}).
 */
@Entity
@Table(name = "purpose")
@Immutable
public class ConsentPurpose extends PanacheEntityBase {

    /** The purpose whose opt-in proof is kept for three years after the last marketing email. */
    public static final String MARKETING_EMAIL = "marketing-email-specials";

    @Id
    public String key;

    @Column(nullable = false)
    public String description;

    /** GDPR Art. 6 / APPI basis, e.g. {@code consent}. */
    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    /** Fideslang data use, e.g. {@code marketing.communications.email}. */
    @Column(name = "data_use", nullable = false)
    public String dataUse;

    /** A sale or sharing of personal data (CCPA): a Global Privacy Control signal opts out of it. */
    @Column(name = "sale_or_sharing", nullable = false)
    public boolean saleOrSharing;

    /** When set, an opt-in makes the customer eligible only if it was given on this page. */
    @Column(name = "required_source_page")
    public String requiredSourcePage;

    public static Optional<ConsentPurpose> findByKey(String key) {
        return key == null ? Optional.empty() : findByIdOptional(key);
    }

    public static List<ConsentPurpose> listAllByKey() {
        return list("order by key");
    }

    /** The purposes a Global Privacy Control signal opts out of. */
    public static List<ConsentPurpose> listSaleOrSharing() {
        return list("saleOrSharing = true order by key");
    }
}
