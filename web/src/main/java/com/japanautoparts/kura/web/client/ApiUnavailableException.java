package com.japanautoparts.kura.web.client;

/** The gateway or a service behind it answered 502, 503 or 504: down or overloaded, worth trying again later. */
public class ApiUnavailableException extends ApiException {

    private static final long serialVersionUID = 1L;

    public ApiUnavailableException(int status, String detail) {
        super(status, detail);
    }
}
