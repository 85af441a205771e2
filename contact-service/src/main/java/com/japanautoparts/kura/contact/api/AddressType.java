package com.japanautoparts.kura.contact.api;

/** What a postal address is for, as the API names it. */
public enum AddressType {
    HOME, SHIPPING, BILLING
}
