package com.japanautoparts.kura.gateway.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * disclosure-service's held subjects, asked with the gateway's own identity (client {@code gateway}, role
 * legal-hold-reader); URL from {@code quarkus.rest-client.legal-holds.url}.
 */
@RegisterRestClient(configKey = "legal-holds")
@OidcClientFilter
@Path("/internal/legal-holds/subjects")
@Produces(MediaType.APPLICATION_JSON)
interface LegalHoldRestClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldSubjects(List<String> heldSubjects) {
    }

    @GET
    HeldSubjects heldSubjects();
}
