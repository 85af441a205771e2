package com.japanautoparts.kura.common.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.japanautoparts.kura.common.problem.ProblemException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, the one way every service asks: a person by the token's {@code sub} (a customer's id is always
 * this, never an id from the URL), a system by the client it authenticated as ({@code azp}).
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The token's subject: for a customer, their customer id. */
    public String subject() {
        return identity.getPrincipal().getName();
    }

    /** The OIDC client the token was issued to; a token without one is refused (403). */
    public String clientId() {
        return claim("azp").orElseThrow(() -> ProblemException.forbidden("The token does not name a client (azp)"));
    }

    /** A claim of the token as text, when present and not blank. */
    public Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString());
            }
        }
        return Optional.empty();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** How an action is attributed in records kept: the role the caller acted in, and who they are. */
    public String actingAs(String role) {
        return role + ":" + subject();
    }
}
