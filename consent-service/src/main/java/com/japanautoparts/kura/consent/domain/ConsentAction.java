package com.japanautoparts.kura.consent.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a ledger record says the customer did: stored as its name, spelt in lower case in the API. */
public enum ConsentAction {
    @JsonProperty("granted")
    GRANTED,
    @JsonProperty("withdrawn")
    WITHDRAWN
}
