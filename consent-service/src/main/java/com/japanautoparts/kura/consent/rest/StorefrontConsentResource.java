package com.japanautoparts.kura.consent.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.idempotency.Idempotent;
import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.input.PurposeKey;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.ConsentRecordDto;
import com.japanautoparts.kura.consent.api.ConsentStateDto;
import com.japanautoparts.kura.consent.api.EligibilityDto;
import com.japanautoparts.kura.consent.api.Examples;
import com.japanautoparts.kura.consent.api.GpcSignalDto;
import com.japanautoparts.kura.consent.api.MarketingEmailDto;
import com.japanautoparts.kura.consent.api.StorefrontConsentDto;
import com.japanautoparts.kura.consent.service.ConsentService;

/**
 * The storefront's service account (also the mail sender's identity): records consent given on the Account Login
 * page on the customer's behalf, Global Privacy Control signals and marketing emails sent, and asks eligibility.
 */
@Path("/consents")
@RolesAllowed(Roles.STOREFRONT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront", description = "Consent recording and eligibility, for the storefront service account")
public class StorefrontConsentResource {

    private final ConsentService consents;
    private final Caller caller;

    public StorefrontConsentResource(ConsentService consents, Caller caller) {
        this.consents = consents;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Record a grant or withdrawal on the customer's behalf",
            description = "at is when the customer acted; actions are ordered by it, and a withdrawal wins a tie.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "login page opt-in", value = Examples.STOREFRONT_GRANT)))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "422", description = "Unknown purpose, reserved channel, missing noticeVersion, or at out of range")
    @Idempotent(subject = "customerId")
    public Response record(@NotNull @Valid StorefrontConsentDto consent, UriInfo uriInfo) {
        // Built before anything is recorded: a response that cannot be built must not follow a committed write.
        URI location = subjectLocation(uriInfo, consent.customerId());
        ConsentRecordDto recorded = consents.record(consent.customerId(), consent.purpose(), consent.action(), consent.details(), actor())
                .orElseThrow(() -> ProblemException.unprocessable("Unknown purpose"));
        return Response.created(location).entity(recorded).build();
    }

    @GET
    @Path("/subjects/{customerId}")
    @Operation(summary = "The current state of each of a customer's consents")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "states", value = Examples.STATES)))
    public List<ConsentStateDto> states(@PathParam("customerId") @CustomerId String customerId) {
        return consents.states(customerId);
    }

    @POST
    @Path("/gpc")
    @Operation(summary = "Record a Global Privacy Control signal",
            description = "Appends a withdrawal of every sale/sharing purpose (affiliate-tracking), marked viaGpc.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "gpc", value = Examples.GPC)))
    @APIResponse(responseCode = "201", description = "The withdrawals recorded")
    public Response gpc(@NotNull @Valid GpcSignalDto signal, UriInfo uriInfo) {
        URI location = subjectLocation(uriInfo, signal.customerId());
        List<ConsentRecordDto> recorded = consents.recordGpc(signal.customerId(), signal.at(), signal.page(), signal.userAgent(), actor());
        return Response.created(location).entity(recorded).build();
    }

    @GET
    @Path("/eligibility/{customerId}/{purpose}")
    @Operation(summary = "May we act on this purpose for the customer now? e.g. send specials",
            description = "Yes only while a granted, unwithdrawn opt-in stands (for marketing-email-specials: given on the "
                    + "account-login-page); the answer names the ledger record it rests on.")
    @APIResponse(responseCode = "200", content = @Content(examples = {
            @ExampleObject(name = "eligible", value = Examples.ELIGIBLE),
            @ExampleObject(name = "refused", value = Examples.NOT_ELIGIBLE) }))
    @APIResponse(responseCode = "404", description = "No such purpose")
    public EligibilityDto eligibility(@PathParam("customerId") @CustomerId String customerId, @PathParam("purpose") @PurposeKey String purpose) {
        return consents.eligibility(customerId, purpose).orElseThrow(() -> ProblemException.notFound("No such purpose"));
    }

    @POST
    @Path("/marketing-emails")
    @Operation(summary = "Report a marketing email sent", description = "Opt-in proof is kept for three years after the last one.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "sent", value = Examples.MARKETING_EMAIL)))
    @APIResponse(responseCode = "204", description = "Recorded")
    public void marketingEmailSent(@NotNull @Valid MarketingEmailDto email) {
        consents.recordMarketingEmail(email.customerId(), email.sentAt());
    }

    private static URI subjectLocation(UriInfo uriInfo, String customerId) {
        return uriInfo.getBaseUriBuilder().path("consents/subjects").path(customerId).build();
    }

    private String actor() {
        return caller.actingAs(Roles.STOREFRONT);
    }
}
