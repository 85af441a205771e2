package com.japanautoparts.kura.contact;

public enum AddressType {
    HOME, SHIPPING, BILLING
}
