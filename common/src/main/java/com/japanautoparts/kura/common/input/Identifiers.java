package com.japanautoparts.kura.common.input;

/**
 * The one declared format of each kind of identifier Kura takes from outside, checked at the edge wherever the
 * identifier arrives (path, query or body) by its constraint ({@link CustomerId}, {@link OrderId},
 * {@link RecipientId}, {@link PurposeKey}): a malformed identifier is a 400 before any database or upstream call, so
 * it never reaches a query, a Location header or a circuit breaker.
 */
public final class Identifiers {

    /**
     * A customer id: the identity provider's subject ({@code sub}). Keycloak's are UUIDs; other providers' subjects
     * of letters, digits and {@code . _ : @ -} fit as well. No spaces, braces, slashes or controls.
     */
    public static final String CUSTOMER_ID = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,254}$";
    public static final String CUSTOMER_ID_MESSAGE = "must be a customer id: 1-255 letters, digits or . _ : @ -, starting with a letter or digit";

    /** An order id: the random UUID payment-service gives each order (lower-case hex, as it writes them). */
    public static final String ORDER_ID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    public static final String ORDER_ID_MESSAGE = "must be an order id (a UUID such as 0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91)";

    /** A recipient id in disclosure-service's registry, such as carrier-yamato. */
    public static final String RECIPIENT_ID = "^[a-z0-9][a-z0-9-]{1,63}$";
    public static final String RECIPIENT_ID_MESSAGE = "must be a recipient id: 2-64 lower-case letters, digits or hyphens";

    /**
     * A purpose key: consent-service's consent purposes (marketing-email-specials) and the data catalogue's
     * disclosure purposes (delivery, payment, support), lower-case words joined by hyphens, at most 64 characters.
     */
    public static final String PURPOSE_KEY = "^(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String PURPOSE_KEY_MESSAGE = "must be a purpose key: lower-case letters and digits joined by hyphens, at most 64";

    private Identifiers() {
    }
}
