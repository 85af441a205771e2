package com.japanautoparts.kura.disclosure.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import com.japanautoparts.kura.common.input.RecipientId;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.ProposalDto;
import com.japanautoparts.kura.disclosure.api.RecipientDto;
import com.japanautoparts.kura.disclosure.service.ProposalService;
import com.japanautoparts.kura.disclosure.service.RecipientService;

/**
 * The third-party registry (APPI Art. 28-30), kept by the privacy officers: a registration or change is a proposal (202,
 * {@code Location} the proposal) that a second privacy officer approves at {@code /disclosures/proposals/{id}/approve}.
 */
@Path("/recipients")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recipients", description = "Who may receive personal data, from where, under which contract")
public class RecipientResource {

    private final RecipientService recipients;
    private final ProposalService proposals;
    private final Caller caller;

    public RecipientResource(RecipientService recipients, ProposalService proposals, Caller caller) {
        this.recipients = recipients;
        this.proposals = proposals;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every registered recipient")
    public List<RecipientDto> list() {
        return recipients.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One recipient")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "carrier", value = Examples.RECIPIENT)))
    @APIResponse(responseCode = "404", description = "No such recipient")
    public RecipientDto read(@PathParam("id") @RecipientId String id) {
        return recipients.find(id).orElseThrow(RecipientResource::missing);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A recipient's applied changes, newest first: who proposed and approved each, and the recipient as it became")
    @APIResponse(responseCode = "404", description = "No such recipient, and nothing was ever applied to this id")
    public List<ProposalDto> history(@PathParam("id") @RecipientId String id) {
        List<ProposalDto> history = proposals.recipientHistory(id);
        if (history.isEmpty() && recipients.find(id).isEmpty()) {
            throw missing();
        }
        return history;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose registering a recipient", description = "Registered once a second privacy officer approves.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "carrier", value = Examples.RECIPIENT)))
    @APIResponse(responseCode = "202", description = "Proposed; Location is the proposal")
    @APIResponse(responseCode = "409", description = "The id or the OIDC client id is taken")
    public Response propose(@NotNull @Valid RecipientDto recipient, UriInfo uriInfo) {
        return RuleResource.accepted(proposals.proposeRecipient(recipient, caller.subject()), uriInfo);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose replacing a recipient's details, e.g. deactivating it with active=false",
            description = "Applied once a second privacy officer approves. To stop a compromised client at once, disable it in Keycloak.")
    @APIResponse(responseCode = "202", description = "Proposed; Location is the proposal")
    @APIResponse(responseCode = "404", description = "No such recipient")
    public Response proposeChange(@PathParam("id") @RecipientId String id, @NotNull @Valid RecipientDto recipient,
            UriInfo uriInfo) {
        return RuleResource.accepted(proposals.proposeRecipientChange(id, recipient, caller.subject())
                .orElseThrow(RecipientResource::missing), uriInfo);
    }

    private static ProblemException missing() {
        return ProblemException.notFound("No such recipient");
    }
}
