package com.japanautoparts.kura.disclosure.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** payment-service's need-to-know order projections; called with this service's own token (disclosure-broker). */
@RegisterRestClient(configKey = "payment-client")
@OidcClientFilter
@Path("/internal/orders/{orderId}/projections")
@Produces(MediaType.APPLICATION_JSON)
interface PaymentRestClient {

    @GET
    @Path("/{projection}")
    OrderProjection project(@PathParam("orderId") String orderId, @PathParam("projection") String projection);
}
