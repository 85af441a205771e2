package com.japanautoparts.kura.clickstream.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A business partner paid a commission on the conversions it brings. Not a person's data. */
@Entity
@Table(name = "affiliate")
public class Affiliate extends PanacheEntityBase {

    /** The code in affiliate links (the landing event's affiliateCode). */
    @Id
    public String code;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** The Keycloak client the affiliate signs in with; matched against the configured token claim. */
    @Column(name = "client_id", unique = true)
    public String clientId;

    @Column(name = "commission_rate", nullable = false, precision = 5, scale = 4)
    public BigDecimal commissionRate;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Affiliate> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }
}
