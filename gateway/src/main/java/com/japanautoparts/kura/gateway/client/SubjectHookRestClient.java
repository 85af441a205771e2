package com.japanautoparts.kura.gateway.client;

import java.io.InputStream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.japanautoparts.kura.common.subject.ErasureAnswer;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.Url;

/** Every service's data-subject hooks, called with the gateway's own identity (role dsr-coordinator). */
@RegisterRestClient(configKey = "subject-hooks")
@OidcClientFilter
@Path("/internal/subjects/{customerId}")
@Produces(MediaType.APPLICATION_JSON)
interface SubjectHookRestClient {

    /**
     * The service's export document as it answers it: a stream of bytes, read as they arrive (Quarkus REST's client
     * streams an {@code InputStream} answer), neither parsed nor re-serialised here. The caller closes it.
     */
    @GET
    @Path("/export")
    InputStream export(@Url String baseUrl, @PathParam("customerId") String customerId);

    @POST
    @Path("/erase")
    ErasureAnswer erase(@Url String baseUrl, @PathParam("customerId") String customerId);
}
