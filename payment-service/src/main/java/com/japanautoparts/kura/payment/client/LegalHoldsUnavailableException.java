package com.japanautoparts.kura.payment.client;

/** disclosure-service's legal holds could not be read: whatever needed them must not go ahead. */
public class LegalHoldsUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LegalHoldsUnavailableException() {
        super("legal holds cannot be read from disclosure-service");
    }
}
