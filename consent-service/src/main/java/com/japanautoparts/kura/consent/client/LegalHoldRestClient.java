package com.japanautoparts.kura.consent.client;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * disclosure-service's legal holds, called with consent-service's own identity (client credentials, role
 * legal-hold-reader); URL from {@code quarkus.rest-client.legal-hold-client.url}.
 */
@RegisterRestClient(configKey = "legal-hold-client")
@OidcClientFilter
@Path("/internal/legal-holds/subjects")
@Produces(MediaType.APPLICATION_JSON)
interface LegalHoldRestClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hold(String id, String reason, String description, Instant endsAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubjectHolds(String customerId, boolean held, List<Hold> holds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldSubjects(List<String> heldSubjects) {
    }

    @GET
    @Path("/{customerId}")
    SubjectHolds holds(@PathParam("customerId") String customerId);

    @GET
    HeldSubjects heldSubjects();
}
