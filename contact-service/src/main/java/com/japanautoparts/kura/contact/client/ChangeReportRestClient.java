package com.japanautoparts.kura.contact.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** disclosure-service's intake of corrections and erasures; called with this service's own token (change-reporter). */
@RegisterRestClient(configKey = "change-report-client")
@OidcClientFilter
@Path("/internal/disclosures/changes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface ChangeReportRestClient {

    @POST
    void report(ChangeReportBody report);
}
