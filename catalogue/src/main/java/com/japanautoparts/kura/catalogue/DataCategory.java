package com.japanautoparts.kura.catalogue;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every category of personal data Kura holds, named by its fideslang key (the ledger, exports, retention and
 * disclosure rules all speak these keys), with the service that owns it.
 */
public enum DataCategory {
    /** The customer id (the identity provider's subject). Stays inside Kura: recipients of order data never get it. */
    CUSTOMER_ID("user.unique_id", DataOwner.CONTACT),
    NAME("user.name", DataOwner.CONTACT),
    /**
     * The reading of the name in katakana (フリガナ: familyKana, givenKana), which Japanese carriers print on the label and
     * read out at the door. Its own category so that only those who need it receive it.
     */
    NAME_READING("user.name.reading", DataOwner.CONTACT),
    SHIPPING_ADDRESS("user.contact.address.shipping", DataOwner.CONTACT),
    BILLING_ADDRESS("user.contact.address.billing", DataOwner.CONTACT),
    PHONE("user.contact.phone_number", DataOwner.CONTACT),
    EMAIL("user.contact.email", DataOwner.CONTACT),
    /** An order: its reference and what it contains. */
    PURCHASE("user.behavior.purchase_history", DataOwner.PAYMENT),
    /** An order's shipment: carrier and tracking number. */
    SHIPMENT("user.behavior.purchase_history.shipment", DataOwner.PAYMENT),
    /** What an order costs. */
    AMOUNT("user.behavior.purchase_history.amount", DataOwner.PAYMENT),
    /** The payment processor's token for the customer's card (never the card number). */
    CARD_TOKEN("user.financial.credit_card.token", DataOwner.PAYMENT),
    /** Consents given and withdrawn, and policy acknowledgements. */
    PRIVACY_PREFERENCES("user.privacy_preferences", DataOwner.CONSENT),
    /** Pseudonymous navigation events, never linked to a customer. */
    BROWSING_HISTORY("user.behavior.browsing_history", DataOwner.CLICKSTREAM);

    private final String key;
    private final DataOwner owner;

    DataCategory(String key, DataOwner owner) {
        this.key = key;
        this.owner = owner;
    }

    /** The fideslang key, as it appears in the ledger, exports and JSON. */
    @JsonValue
    public String key() {
        return key;
    }

    public DataOwner owner() {
        return owner;
    }

    public static Optional<DataCategory> parse(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
