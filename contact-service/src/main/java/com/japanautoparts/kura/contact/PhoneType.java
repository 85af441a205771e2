package com.japanautoparts.kura.contact;

public enum PhoneType {
    MOBILE, HOME, WORK
}
