package com.japanautoparts.kura.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One of a customer's phone numbers; the number is ciphertext. */
@Entity
@Table(name = "phone_number")
public class PhoneNumber extends CustomerListEntry {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PhoneType type;

    @Column(nullable = false)
    public byte[] number;
}
