package com.japanautoparts.kura.contact.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** disclosure-service's legal holds, asked with contact-service's own identity (legal-hold-reader). */
@RegisterRestClient(configKey = "legal-hold-client")
@OidcClientFilter
@Path("/internal/legal-holds/subjects")
@Produces(MediaType.APPLICATION_JSON)
interface LegalHoldRestClient {

    @GET
    @Path("/{customerId}")
    LegalHoldClient.SubjectHolds holdsOf(@PathParam("customerId") String customerId);

    @GET
    LegalHoldClient.HeldSubjects heldSubjects();
}
