package com.japanautoparts.kura.web.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Passes the signed-in person's access token on (token propagation): the services see the person, never this module,
 * and decide every role and object-level question themselves. Nothing else of the browser's request goes on (no
 * cookies). quarkus-rest-client-oidc-token-propagation does not resolve from the Maven Central reachable here (see
 * payment-service's README), hence these few lines.
 */
@ApplicationScoped
public class BearerToken implements ClientHeadersFactory {

    private final SecurityIdentity identity;

    public BearerToken(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        if (token != null && token.getToken() != null) {
            headers.putSingle("Authorization", "Bearer " + token.getToken());
        }
        return headers;
    }
}
