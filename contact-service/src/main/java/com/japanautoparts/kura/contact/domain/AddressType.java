package com.japanautoparts.kura.contact.domain;

/** What a postal address is for: stored by name and named so in the API. */
public enum AddressType {
    HOME, SHIPPING, BILLING
}
