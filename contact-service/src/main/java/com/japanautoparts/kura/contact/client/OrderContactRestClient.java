package com.japanautoparts.kura.contact.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** payment-service's intake of contact corrections; called with this service's own token (contact-corrector). */
@RegisterRestClient(configKey = "order-contact-client")
@OidcClientFilter
@Path("/internal/customers/{customerId}/contact")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface OrderContactRestClient {

    @PUT
    void correct(@PathParam("customerId") String customerId, OrderContactBody contact);
}
