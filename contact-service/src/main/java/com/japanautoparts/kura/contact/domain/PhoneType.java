package com.japanautoparts.kura.contact.domain;

/** What kind of line a phone number is: stored by name and named so in the API. */
public enum PhoneType {
    MOBILE, HOME, WORK
}
