package com.japanautoparts.kura.ledger;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * The other service's witness endpoints ({@link WitnessResource}); URL from {@code quarkus.rest-client.ledger-witness.url}.
 * Called with this service's own identity (client credentials, realm role {@code ledger-witness}).
 */
@RegisterRestClient(configKey = "ledger-witness")
@OidcClientFilter
@Path("/internal/ledger-witness/{ledger}/checkpoints")
interface WitnessRestClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    void keep(@PathParam("ledger") String ledger, Checkpoint checkpoint);

    @GET
    @Path("/newest")
    @Produces(MediaType.APPLICATION_JSON)
    Checkpoint newest(@PathParam("ledger") String ledger);
}
