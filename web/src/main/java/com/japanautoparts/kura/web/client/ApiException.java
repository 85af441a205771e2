package com.japanautoparts.kura.web.client;

/**
 * An API answered with an error status. {@code detail} is the problem's detail (RFC 9457), which the services write
 * for people and never fill with submitted values; it may be null. Status 0: the API could not be reached.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String detail;

    public ApiException(int status, String detail) {
        super("API answered " + status);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /** The service is down, overloaded or not answering: try again later. */
    public boolean unavailable() {
        return unavailable(status);
    }

    static boolean unavailable(int status) {
        return status == 0 || status == 502 || status == 503 || status == 504;
    }

    /** The caller's own mistake or a refusal the person should read (400, 409, 422, ...). */
    public boolean refusal() {
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 404;
    }
}
