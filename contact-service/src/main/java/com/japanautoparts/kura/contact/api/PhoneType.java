package com.japanautoparts.kura.contact.api;

/** What kind of line a phone number is, as the API names it. */
public enum PhoneType {
    MOBILE, HOME, WORK
}
