package com.japanautoparts.kura.payment.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** contact-service's storefront API; URL from {@code quarkus.rest-client.contact-client.url}. */
@RegisterRestClient(configKey = "contact-client")
@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
interface ContactRestClient {

    /** 404 when the customer has no contact profile at all. */
    @GET
    @Path("/{customerId}/checkout")
    CheckoutView checkout(@PathParam("customerId") String customerId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
