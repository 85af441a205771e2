package com.japanautoparts.kura.consent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a ledger record says the customer did. */
public enum ConsentAction {
    @JsonProperty("granted")
    GRANTED,
    @JsonProperty("withdrawn")
    WITHDRAWN
}
