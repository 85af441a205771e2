package com.japanautoparts.kura.consent.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A grant or a withdrawal, as the API spells it; the ledger stores it as the domain's ConsentAction. */
public enum ConsentChoice {
    @JsonProperty("granted")
    GRANTED,
    @JsonProperty("withdrawn")
    WITHDRAWN
}
