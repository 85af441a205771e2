package com.japanautoparts.kura.disclosure.rest;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.japanautoparts.kura.disclosure.service.Problems;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: a person by the token's sub, a third-party system by its azp (the Keycloak client id). */
final class Callers {

    private Callers() {
    }

    static String subject(SecurityIdentity identity) {
        return identity.getPrincipal().getName();
    }

    static String clientId(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object azp = token.getClaim("azp");
            if (azp != null && !azp.toString().isBlank()) {
                return azp.toString();
            }
        }
        throw Problems.forbidden("The token does not name a client (azp)");
    }
}
