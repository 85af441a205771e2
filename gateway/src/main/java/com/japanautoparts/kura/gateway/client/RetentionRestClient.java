package com.japanautoparts.kura.gateway.client;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.rest.client.reactive.Url;

/**
 * Every service's retention API, called with the privacy officer's own token (passed on as it came, as the proxy
 * does), never the gateway's identity: the service checks the officer's role and logs the officer as the actor.
 */
@RegisterRestClient(configKey = "retention")
@Path("/internal/retention")
@Produces(MediaType.APPLICATION_JSON)
interface RetentionRestClient {

    @POST
    @Path("/purge")
    JsonNode purge(@Url String baseUrl, @QueryParam("trigger") String trigger,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
