package com.japanautoparts.kura.disclosure.client;

import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;

import io.quarkus.logging.Log;

/** How the clients read an owning service's error answers: a client error is its verdict, a server error an outage. */
final class Upstreams {

    private Upstreams() {
    }

    /** Empty for a 4xx (a 404 is the usual one; others are logged, without the request); a 5xx is rethrown as a failure. */
    static <T> Optional<T> emptyUnlessServerError(WebApplicationException e, String service) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            throw e;
        }
        if (status != 404) {
            Log.warnf("%s refused a projection request with %d", service, status);
        }
        return Optional.empty();
    }
}
