package com.japanautoparts.kura.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Calls one service's export or erase hook and turns every answer into a {@link HookResult}; never throws
 * for a service that is down or failing, so the caller can record the attempt and retry later.
 */
@ApplicationScoped
public class SubjectHookClient {

    /** The erase outcome a service gives when a legal hold keeps the data. */
    public static final String BLOCKED_LEGAL_HOLD = "blocked-legal-hold";

    private final SubjectHookRestClient client;

    public SubjectHookClient(@RestClient SubjectHookRestClient client) {
        this.client = client;
    }

    public HookResult export(String baseUrl, String customerId) {
        try {
            return HookResult.exported(client.export(baseUrl, customerId));
        } catch (WebApplicationException e) {
            return fromStatus(e.getResponse().getStatus());
        } catch (ProcessingException e) {
            return HookResult.failed("unreachable");
        } catch (RuntimeException e) {
            // For example no token from the identity provider: retried like a service that is down.
            return HookResult.failed(e.getClass().getSimpleName());
        }
    }

    public HookResult erase(String baseUrl, String customerId) {
        try {
            JsonNode answer = client.erase(baseUrl, customerId);
            String outcome = answer == null ? "" : answer.path("outcome").asText("");
            if (outcome.isBlank()) {
                return HookResult.failed("no outcome in the answer");
            }
            if (HookResult.NOTHING_HELD_OUTCOME.equals(outcome)) {
                return HookResult.nothingHeld();
            }
            if (BLOCKED_LEGAL_HOLD.equals(outcome)) {
                String reason = answer.path("reason").asText(answer.path("detail").asText("legal hold"));
                return HookResult.blocked(outcome, reason);
            }
            return HookResult.erased(outcome);
        } catch (WebApplicationException e) {
            return fromStatus(e.getResponse().getStatus());
        } catch (ProcessingException e) {
            return HookResult.failed("unreachable");
        } catch (RuntimeException e) {
            // For example no token from the identity provider: retried like a service that is down.
            return HookResult.failed(e.getClass().getSimpleName());
        }
    }

    private static HookResult fromStatus(int status) {
        // 404: the service holds nothing about this subject; anything else is a failure to retry.
        return status == 404 ? HookResult.nothingHeld() : HookResult.failed("HTTP " + status);
    }

    /** What one call achieved. */
    public record HookResult(Kind kind, String outcome, String reason, JsonNode export, String error) {

        public static final String NOTHING_HELD_OUTCOME = "nothing-held";

        public enum Kind {
            DONE, NOTHING_HELD, BLOCKED, FAILED
        }

        static HookResult exported(JsonNode export) {
            return new HookResult(Kind.DONE, "exported", null, export, null);
        }

        static HookResult erased(String outcome) {
            return new HookResult(Kind.DONE, outcome, null, null, null);
        }

        static HookResult blocked(String outcome, String reason) {
            return new HookResult(Kind.BLOCKED, outcome, reason, null, null);
        }

        static HookResult nothingHeld() {
            return new HookResult(Kind.NOTHING_HELD, NOTHING_HELD_OUTCOME, null, null, null);
        }

        public static HookResult failedNotConfigured() {
            return failed("service not configured");
        }

        static HookResult failed(String error) {
            return new HookResult(Kind.FAILED, null, null, null, error);
        }
    }
}
