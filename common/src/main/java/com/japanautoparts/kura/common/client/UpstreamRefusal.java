package com.japanautoparts.kura.common.client;

import jakarta.ws.rs.WebApplicationException;

/**
 * Another service refused a call with a 4xx: the request, not the service, was at fault. Client wrappers throw it so that
 * it never counts towards a circuit breaker ({@code skipOn}) nor is retried ({@code abortOn}): a malformed or refused
 * request must not open the breaker for everyone. Where it escapes, common's mappers answer 502 problem+json.
 */
public class UpstreamRefusal extends RuntimeException {

    private final int status;

    public UpstreamRefusal(String service, int status) {
        super(service + " refused the request with " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** A 4xx becomes an {@link UpstreamRefusal}; anything else (5xx) is rethrown as the failure it is. */
    public static UpstreamRefusal orRethrow(WebApplicationException e, String service) {
        int status = e.getResponse().getStatus();
        if (status >= 400 && status < 500) {
            return new UpstreamRefusal(service, status);
        }
        throw e;
    }
}
