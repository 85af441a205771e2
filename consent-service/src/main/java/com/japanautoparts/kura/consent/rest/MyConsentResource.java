package com.japanautoparts.kura.consent.rest;

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

import com.japanautoparts.kura.common.input.PurposeKey;
import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.AcknowledgementDto;
import com.japanautoparts.kura.consent.api.ConsentActionDto;
import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.api.ConsentRecordDto;
import com.japanautoparts.kura.consent.api.ConsentStateDto;
import com.japanautoparts.kura.consent.api.EligibilityDto;
import com.japanautoparts.kura.consent.api.Examples;
import com.japanautoparts.kura.consent.service.ConsentService;
import com.japanautoparts.kura.consent.service.PolicyService;

/** A customer's own consents; the customer is always the token's subject, never a URL part. */
@Path("/consents/me")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My consents", description = "Grant, withdraw and review your own consents")
public class MyConsentResource {

    private static final String SELF = "customer";

    private final ConsentService consents;
    private final PolicyService policies;
    private final Caller caller;

    public MyConsentResource(ConsentService consents, PolicyService policies, Caller caller) {
        this.consents = consents;
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The current state of each of my consents", description = "Derived from the ledger: granted, withdrawn or none.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "states", value = Examples.STATES)))
    public List<ConsentStateDto> states() {
        return consents.states(caller.subject());
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every consent action recorded for me, oldest first")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "history", value = Examples.HISTORY)))
    public List<ConsentRecordDto> history() {
        return consents.history(caller.subject());
    }

    @POST
    @Path("/{purpose}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give my consent to a purpose", description = "noticeVersion (the wording I was shown) is required.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "grant", value = Examples.GRANT)))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such purpose")
    @APIResponse(responseCode = "422", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "future", value = Examples.PROBLEM)))
    public Response grant(@PathParam("purpose") @PurposeKey String purpose, @NotNull @Valid ConsentActionDto details, UriInfo uriInfo) {
        return act(purpose, ConsentAction.GRANTED, details, uriInfo);
    }

    @POST
    @Path("/{purpose}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw my consent to a purpose", description = "One call, as easy as granting; takes effect at once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "withdraw", value = Examples.WITHDRAW)))
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "404", description = "No such purpose")
    public Response withdraw(@PathParam("purpose") @PurposeKey String purpose, @NotNull @Valid ConsentActionDto details, UriInfo uriInfo) {
        return act(purpose, ConsentAction.WITHDRAWN, details, uriInfo);
    }

    @GET
    @Path("/eligibility/{purpose}")
    @Operation(summary = "Would the shop act on this purpose for me now, and on which record")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "eligible", value = Examples.ELIGIBLE)))
    @APIResponse(responseCode = "404", description = "No such purpose")
    public EligibilityDto eligibility(@PathParam("purpose") @PurposeKey String purpose) {
        return consents.eligibility(caller.subject(), purpose).orElseThrow(MyConsentResource::noSuchPurpose);
    }

    @GET
    @Path("/acknowledgements")
    @Operation(summary = "The privacy policy versions I have acknowledged")
    public List<AcknowledgementDto> acknowledgements() {
        return policies.acknowledgements(caller.subject());
    }

    private Response act(String purpose, ConsentAction action, ConsentActionDto details, UriInfo uriInfo) {
        ConsentRecordDto recorded = consents.record(caller.subject(), purpose, action, details, SELF).orElseThrow(MyConsentResource::noSuchPurpose);
        return Response.created(uriInfo.getBaseUriBuilder().path("consents/me/history").build()).entity(recorded).build();
    }

    private static ProblemException noSuchPurpose() {
        return ProblemException.notFound("No such purpose");
    }
}
