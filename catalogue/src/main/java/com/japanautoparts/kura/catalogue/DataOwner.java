package com.japanautoparts.kura.catalogue;

/** The service that holds a category of personal data; no other service keeps a copy of it. */
public enum DataOwner {
    CONTACT("contact-service"),
    PAYMENT("payment-service"),
    CONSENT("consent-service"),
    CLICKSTREAM("clickstream-service");

    private final String service;

    DataOwner(String service) {
        this.service = service;
    }

    /** The module and application name of the owning service. */
    public String service() {
        return service;
    }
}
