package com.japanautoparts.kura.payment.client;

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
 * disclosure-service's legal holds; URL from {@code quarkus.rest-client.legal-hold-client.url}.
 * Called with payment-service's own identity (client credentials, role legal-hold-reader), never a caller's token.
 */
@RegisterRestClient(configKey = "legal-hold-client")
@OidcClientFilter
@Path("/internal/legal-holds/subjects")
@Produces(MediaType.APPLICATION_JSON)
interface LegalHoldRestClient {

    /** Only what payment-service reads; hold ids and end dates are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hold(String reason, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubjectHolds(Boolean held, List<Hold> holds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldSubjects(List<String> heldSubjects) {
    }

    @GET
    @Path("/{customerId}")
    SubjectHolds subject(@PathParam("customerId") String customerId);

    @GET
    HeldSubjects heldSubjects();
}
