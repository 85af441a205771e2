package com.japanautoparts.kura.consent.domain;

/** What a ledger record says the customer did (stored as its name). */
public enum ConsentAction {
    GRANTED,
    WITHDRAWN
}
