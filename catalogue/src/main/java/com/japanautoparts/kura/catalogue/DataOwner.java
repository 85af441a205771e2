package com.japanautoparts.kura.catalogue;

/**
 * The service that holds a category of personal data and keeps it current. The one copy elsewhere is payment-service's
 * per-order snapshot of the contact data an order's per-order grants need ({@code NeedToKnow.snapshot()}), taken when
 * the order is placed and kept with it; no other service keeps one.
 */
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
