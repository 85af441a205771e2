package com.japanautoparts.kura.disclosure.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** contact-service's need-to-know contact projections; called with this service's own token (disclosure-broker). */
@RegisterRestClient(configKey = "contact-client")
@OidcClientFilter
@Path("/internal/contacts/{customerId}/projections")
@Produces(MediaType.APPLICATION_JSON)
interface ContactRestClient {

    @GET
    @Path("/{projection}")
    ContactProjection project(@PathParam("customerId") String customerId, @PathParam("projection") String projection,
            @HeaderParam("X-Kura-On-Behalf-Of") String onBehalfOf);
}
