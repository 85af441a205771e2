package com.japanautoparts.kura.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The one row holding the last position and hash of the ledger chain; appends lock it. */
@Entity
@Table(name = "ledger_head")
public class LedgerHead extends PanacheEntityBase {

    public static final short ID = 1;

    @Id
    public Short id;

    @Column(name = "last_id", nullable = false)
    public long lastId;

    @Column(name = "last_hash", nullable = false)
    public String lastHash;
}
