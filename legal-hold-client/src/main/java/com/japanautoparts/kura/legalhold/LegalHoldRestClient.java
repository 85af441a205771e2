package com.japanautoparts.kura.legalhold;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.japanautoparts.kura.common.legalhold.SubjectHolds;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * disclosure-service's legal holds; URL from {@code quarkus.rest-client.legal-hold-client.url}. Called with the
 * calling service's own identity (client credentials, realm role legal-hold-reader), never a caller's token.
 */
@RegisterRestClient(configKey = "legal-hold-client")
@OidcClientFilter
@Path("/internal/legal-holds/subjects")
@Produces(MediaType.APPLICATION_JSON)
interface LegalHoldRestClient {

    /**
     * Only the members a service reads, so the owner may add more. {@code held} is a Boolean so that an answer
     * without it is seen as incomplete instead of read as "not held".
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubjectAnswer(Boolean held, List<SubjectHolds.Hold> holds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldSubjectsAnswer(List<String> heldSubjects) {
    }

    @GET
    @Path("/{customerId}")
    SubjectAnswer subject(@PathParam("customerId") String customerId);

    @GET
    HeldSubjectsAnswer heldSubjects();
}
