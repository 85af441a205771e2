package com.japanautoparts.kura.common.observe;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Passes the current request's {@code X-Request-Id} ({@link RequestIds}) on to every REST client call a service makes
 * (a {@code @Provider}: Quarkus registers it with every REST client), so one request can be followed across services.
 */
@Provider
public class RequestIdHeader implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String id = RequestIds.current();
        if (id != null && !request.getHeaders().containsKey(RequestIds.HEADER)) {
            request.getHeaders().putSingle(RequestIds.HEADER, id);
        }
    }
}
