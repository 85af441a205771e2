package com.japanautoparts.kura.web.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import com.japanautoparts.kura.web.rest.PageRequestIds;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * What a page's calls to the gateway carry of the page's request: the signed-in person's access token (token
 * propagation: the services see the person, never this module, and decide every role and object-level question
 * themselves) and the request's id (the gateway's {@code X-Request-Id}, well-formed only), so one page view can be
 * followed through the gateway into every service's log. Nothing else goes on (no cookies).
 * quarkus-rest-client-oidc-token-propagation does not resolve from the Maven Central reachable here (see
 * payment-service's README), hence these few lines.
 */
@ApplicationScoped
public class GatewayHeaders implements ClientHeadersFactory {

    private final SecurityIdentity identity;

    public GatewayHeaders(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null) {
            headers.putSingle("Authorization", "Bearer " + token.getToken());
        }
        String requestId = incoming == null ? null : PageRequestIds.accepted(incoming.getFirst(PageRequestIds.HEADER));
        if (requestId != null) {
            headers.putSingle(PageRequestIds.HEADER, requestId);
        }
        return headers;
    }
}
