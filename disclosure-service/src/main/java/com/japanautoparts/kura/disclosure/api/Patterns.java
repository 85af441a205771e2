package com.japanautoparts.kura.disclosure.api;

/** Shapes of identifiers accepted at the API edge. */
public final class Patterns {

    /** Any text without control characters. */
    public static final String PRINTABLE = "^[^\\p{Cntrl}]*$";
    public static final String PRINTABLE_MESSAGE = "must not contain control characters";
    /** An OIDC client id. Customer ids, order ids and recipient ids have kura-common's declared formats (Identifiers). */
    public static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._:@-]{0,254}$";
    public static final String IDENTIFIER_MESSAGE = "must be 1-255 letters, digits or . _ : @ -";
    /** An order id: payment-service's orders are known by a random UUID (lower case). Checked before any upstream call. */
    public static final String ORDER_ID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
    /** A fideslang data category key such as user.contact.email. */
    public static final String DATA_ITEM = "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$";

    private Patterns() {
    }
}
