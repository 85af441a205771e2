package com.japanautoparts.kura.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs one service's purge for the privacy officer and turns every answer into an {@link Answer}; never throws, so
 * one service that is down does not stop the others. One attempt: the officer sees the result and decides.
 */
@ApplicationScoped
public class RetentionClient {

    /**
     * What one call achieved.
     *
     * @param status the service's HTTP status, {@code 0} when it could not be reached or did not answer in time
     * @param detail the service's problem detail (never personal data), or why there was no answer
     * @param report the service's report of what it purged, as it answered
     */
    public record Answer(int status, String detail, JsonNode report) {
    }

    private final RetentionRestClient client;

    public RetentionClient(@RestClient RetentionRestClient client) {
        this.client = client;
    }

    public Answer purge(String baseUrl, String trigger, String authorization) {
        try {
            return new Answer(200, null, client.purge(baseUrl, trigger, authorization));
        } catch (WebApplicationException e) {
            return new Answer(e.getResponse().getStatus(), detailOf(e.getResponse()), null);
        } catch (ProcessingException e) {
            return new Answer(0, "unreachable or no answer in time", null);
        } catch (RuntimeException e) {
            return new Answer(0, e.getClass().getSimpleName(), null);
        }
    }

    private static String detailOf(Response response) {
        try {
            JsonNode problem = response.readEntity(JsonNode.class);
            return problem == null ? null : problem.path("detail").asText(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
