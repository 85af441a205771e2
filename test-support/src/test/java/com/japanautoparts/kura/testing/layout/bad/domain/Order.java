package com.japanautoparts.kura.testing.layout.bad.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Breaks: an entity that is not a Panache active record. */
@Entity
public class Order {

    @Id
    public Long id;
}
