package com.japanautoparts.kura.common.security;

/**
 * Realm role names, one place for every service and the Keycloak realm file.
 */
public final class Roles {

    /** A customer acting on their own data; the subject is the token's {@code sub}. */
    public static final String CUSTOMER = "customer";
    /** The shop's web back end, acting on a customer's behalf. */
    public static final String STOREFRONT = "storefront";
    public static final String CARRIER = "carrier";
    public static final String PAYMENT_PROCESSOR = "payment-processor";
    public static final String AFFILIATE = "affiliate";
    /** Customer support; every look-up goes through disclosure-service and is recorded. */
    public static final String STAFF = "staff";
    public static final String PRIVACY_OFFICER = "privacy-officer";
    /** disclosure-service's own identity, the only caller of need-to-know projections. */
    public static final String DISCLOSURE_BROKER = "disclosure-broker";
    /** The gateway's identity when it fans a data-subject request out to the services. */
    public static final String DSR_COORDINATOR = "dsr-coordinator";
    /** A Kura service asking whether a subject is under a legal hold before it purges or erases. */
    public static final String LEGAL_HOLD_READER = "legal-hold-reader";
    /** A Kura service handing the signed checkpoints of its ledger to the service that keeps them as its witness. */
    public static final String LEDGER_WITNESS = "ledger-witness";
    /** contact-service reporting corrections and erasures, so that disclosure-service tells the recipients (GDPR Art. 19). */
    public static final String CHANGE_REPORTER = "change-reporter";
    /**
     * contact-service passing a customer's corrected contact data on to payment-service, whose orders not yet shipped
     * then carry it to their carrier and processor (APPI Art. 34, GDPR Art. 16).
     */
    public static final String CONTACT_CORRECTOR = "contact-corrector";

    private Roles() {
    }
}
