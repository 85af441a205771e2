package com.japanautoparts.kura.disclosure.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.japanautoparts.kura.catalogue.RecipientKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A registered third party (or the staff desk) that may receive personal data. Its id is the one
 * payment-service uses as an order's carrier or payment processor; its OIDC client id tells which
 * token belongs to it.
 */
@Entity
@Table(name = "recipient")
public class Recipient extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecipientKind kind;

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "transfer_mechanism", nullable = false)
    public TransferMechanism transferMechanism;

    @Column(name = "contract_reference")
    public String contractReference;

    @Column(name = "provider_name")
    public String providerName;

    @Column(name = "provider_address")
    public String providerAddress;

    @Column(name = "provider_representative")
    public String providerRepresentative;

    @Column(name = "provider_acquisition")
    public String providerAcquisition;

    @Column(name = "oidc_client_id", unique = true)
    public String oidcClientId;

    @Column(nullable = false)
    public boolean active;

    /** 1 when registered, one more with every approved change. */
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<Recipient> findByClientId(String clientId) {
        return find("oidcClientId", clientId).firstResultOptional();
    }

    /** The staff desk is matched by kind: staff members are told apart by their own subject. */
    public static List<Recipient> listOfKind(RecipientKind kind) {
        return list("kind = ?1 order by active desc, id", kind);
    }

    public static List<Recipient> listAllSorted() {
        return list("order by id");
    }
}
