package com.japanautoparts.kura.web.client;

import java.io.InputStream;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** The gateway's {@code /api}, as the pages use it; every call carries the signed-in person's token and the page request's id ({@link GatewayHeaders}). */
@RegisterRestClient(configKey = "gateway")
@RegisterClientHeaders(GatewayHeaders.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
interface GatewayRestClient {

    String MERGE_PATCH_JSON = "application/merge-patch+json";

    // ---------------------------------------------------------------- a customer's own data

    @GET
    @Path("/contacts/me")
    ObjectNode contact();

    @PATCH
    @Path("/contacts/me")
    @Consumes(MERGE_PATCH_JSON)
    ObjectNode patchContact(ObjectNode mergePatch);

    @DELETE
    @Path("/contacts/me")
    void removeContact();

    @GET
    @Path("/contacts/me/history")
    List<Api.ContactChange> contactHistory();

    @GET
    @Path("/contacts/me/access-log")
    List<Api.Access> accessLog();

    @GET
    @Path("/consents/me")
    List<Api.ConsentState> consents();

    @GET
    @Path("/consents/me/history")
    List<Api.ConsentRecord> consentHistory();

    @POST
    @Path("/consents/me/{purpose}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    JsonNode consentAction(@PathParam("purpose") String purpose, @PathParam("action") String action, Api.ConsentAction body);

    @GET
    @Path("/consents/me/eligibility/{purpose}")
    Api.Eligibility eligibility(@PathParam("purpose") String purpose);

    @GET
    @Path("/consents/me/acknowledgements")
    List<Api.Acknowledgement> acknowledgements();

    @GET
    @Path("/purposes")
    List<Api.Purpose> purposes();

    @GET
    @Path("/policies/current")
    Api.Policy currentPolicy();

    @GET
    @Path("/policies")
    List<Api.Policy> policies();

    @POST
    @Path("/policies/current/acknowledgement")
    JsonNode acknowledgeCurrentPolicy();

    @GET
    @Path("/disclosures/me")
    List<Api.Disclosure> myDisclosures();

    @GET
    @Path("/me/requests")
    List<Api.SubjectRequest> myRequests();

    @POST
    @Path("/me/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.SubjectRequest fileRequest(Api.NewRequest request);

    @GET
    @Path("/me/requests/{id}")
    Api.SubjectRequest myRequest(@PathParam("id") String id);

    /**
     * The export as the gateway sends it: read as it arrives (Quarkus REST's client streams an {@code InputStream} answer),
     * never held whole. The caller closes it.
     */
    @GET
    @Path("/me/requests/{id}/export")
    InputStream export(@PathParam("id") String id);

    // ---------------------------------------------------------------- the privacy office and staff

    @GET
    @Path("/requests")
    List<Api.SubjectRequest> requests(@QueryParam("status") String status);

    @GET
    @Path("/requests/{id}")
    Api.SubjectRequest request(@PathParam("id") String id);

    @GET
    @Path("/cases")
    List<Api.Case> cases();

    @GET
    @Path("/cases/{id}")
    Api.Case exceptionCase(@PathParam("id") long id);

    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Case openCase(Api.NewCase body);

    @POST
    @Path("/cases/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Case decide(@PathParam("id") long id, @PathParam("decision") String decision, Api.Decision body);

    @POST
    @Path("/cases/{id}/execute")
    byte[] execute(@PathParam("id") long id);

    @GET
    @Path("/recipients")
    List<Api.Recipient> recipients();

    @GET
    @Path("/rules")
    List<Api.Rule> rules();

    /** A recipient as the service holds it (every field, also those the pages do not show): the base of a change. */
    @GET
    @Path("/recipients/{id}")
    ObjectNode recipientJson(@PathParam("id") String id);

    @GET
    @Path("/recipients/{id}/history")
    List<Api.Proposal> recipientHistory(@PathParam("id") String id);

    @POST
    @Path("/recipients")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Proposal proposeRecipient(ObjectNode recipient);

    @PUT
    @Path("/recipients/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Proposal proposeRecipientChange(@PathParam("id") String id, ObjectNode recipient);

    /** The rules as the service holds them (every field): the base of a change. */
    @GET
    @Path("/rules")
    List<ObjectNode> rulesJson();

    @GET
    @Path("/rules/history")
    List<Api.Proposal> ruleHistory();

    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Proposal proposeRule(ObjectNode rule);

    @PUT
    @Path("/rules/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Proposal proposeRuleChange(@PathParam("id") long id, ObjectNode rule);

    @DELETE
    @Path("/rules/{id}")
    Api.Proposal proposeRuleRemoval(@PathParam("id") long id);

    @GET
    @Path("/disclosures/proposals")
    List<Api.Proposal> proposals(@QueryParam("status") String status, @QueryParam("limit") int limit);

    @POST
    @Path("/disclosures/proposals/{id}/{decision}")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.Proposal decideProposal(@PathParam("id") long id, @PathParam("decision") String decision, Api.Decision body);

    @GET
    @Path("/disclosures/refusals")
    Api.Refusals refusals(@QueryParam("minutes") int minutes);

    @GET
    @Path("/disclosures/notices/unacknowledged")
    List<Api.PendingNotice> unacknowledgedNotices(@QueryParam("limit") int limit);

    @GET
    @Path("/contacts/access-log/anomalies")
    List<Api.AccessAnomaly> accessAnomalies(@QueryParam("hours") int hours);

    @GET
    @Path("/legal-holds")
    List<Api.LegalHold> legalHolds();

    @POST
    @Path("/legal-holds")
    @Consumes(MediaType.APPLICATION_JSON)
    Api.LegalHold placeHold(Api.NewLegalHold body);

    @POST
    @Path("/legal-holds/{id}/release")
    Api.LegalHold releaseHold(@PathParam("id") long id);

    @GET
    @Path("/legal-holds/events")
    List<Api.LegalHoldEvent> holdEvents(@QueryParam("limit") int limit);

    @GET
    @Path("/disclosures/ledger")
    List<Api.LedgerEntry> ledger(@QueryParam("subject") String subject, @QueryParam("limit") int limit);

    @GET
    @Path("/disclosures/ledger/verify")
    Api.Verification verifyLedger();

    @GET
    @Path("/retention/{service}/dry-run")
    Api.RetentionReport dryRun(@PathParam("service") String service, @QueryParam("trigger") String trigger);

    @GET
    @Path("/retention/{service}/purges")
    List<Api.PurgeLogEntry> purges(@PathParam("service") String service);

    @POST
    @Path("/retention/storage-pressure")
    Api.StoragePressure storagePressure();

    /** Any error status becomes an {@link ApiException} with the problem's detail (never the body as a whole). */
    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        if (response.getStatus() < 400) {
            return null;
        }
        String detail = null;
        if (response.hasEntity() && response.getMediaType() != null
                && response.getMediaType().getSubtype().endsWith("json")) {
            try {
                JsonNode problem = response.readEntity(JsonNode.class);
                detail = problem.path("detail").isTextual() ? problem.path("detail").asText() : null;
            } catch (RuntimeException unreadable) {
                detail = null;
            }
        }
        return ApiException.unavailable(response.getStatus())
                ? new ApiUnavailableException(response.getStatus(), detail)
                : new ApiException(response.getStatus(), detail);
    }
}
