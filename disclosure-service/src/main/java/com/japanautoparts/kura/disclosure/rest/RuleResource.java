package com.japanautoparts.kura.disclosure.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.ProposalDto;
import com.japanautoparts.kura.disclosure.api.RuleDto;
import com.japanautoparts.kura.disclosure.service.ProposalService;
import com.japanautoparts.kura.disclosure.service.RuleService;

/**
 * Need-to-know rules: which recipient kind may receive data for which purpose, on which legal basis, in which disclosure
 * window. A change is a proposal (202, {@code Location} the proposal) that a second privacy officer approves at
 * {@code /disclosures/proposals/{id}/approve}; each applied change is a new version.
 */
@Path("/rules")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Need-to-know rules", description = "Data, not code: the broker refuses whatever no rule allows; two officers change them")
public class RuleResource {

    private final RuleService rules;
    private final ProposalService proposals;
    private final Caller caller;

    public RuleResource(RuleService rules, ProposalService proposals, Caller caller) {
        this.rules = rules;
        this.proposals = proposals;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.STAFF })
    @Operation(summary = "Every rule, with its version, its disclosure window and the data items the data catalogue grants for it")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "rules", value = Examples.RULES)))
    public List<RuleDto> list() {
        return rules.list();
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every applied change of the rules, newest first (optionally of one recipient kind and purpose)",
            description = "Each entry is the applied proposal: who proposed and who approved it, when, the whole rule as it became, and its version.")
    public List<ProposalDto> history(@QueryParam("recipientKind") String recipientKind, @QueryParam("purpose") String purpose) {
        RecipientKind kind = recipientKind == null ? null
                : RecipientKind.parse(recipientKind).orElseThrow(() -> ProblemException.badRequest("Unknown recipientKind"));
        DisclosurePurpose known = purpose == null ? null
                : DisclosurePurpose.parse(purpose).orElseThrow(() -> ProblemException.badRequest("Unknown purpose"));
        return proposals.ruleHistory(kind, known);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a new rule",
            description = "A rule switches on the data catalogue's grant for a recipient kind and purpose; what is released is the grant's. "
                    + "Applied once a second privacy officer approves the proposal.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "carrier", value = Examples.RULE)))
    @APIResponse(responseCode = "202", description = "Proposed; Location is the proposal")
    @APIResponse(responseCode = "409", description = "A rule for this kind and purpose exists")
    @APIResponse(responseCode = "422", description = "The data catalogue grants this kind nothing for this purpose, requiresAssignment differs from the grant (per order or not), or the window is missing, superfluous or invalid")
    public Response propose(@NotNull @Valid RuleDto rule, UriInfo uriInfo) {
        return accepted(proposals.proposeRule(rule, caller.subject()), uriInfo);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a change of a rule (the whole rule; its recipient kind and purpose stay)")
    @APIResponse(responseCode = "202", description = "Proposed; Location is the proposal")
    @APIResponse(responseCode = "404", description = "No such rule")
    @APIResponse(responseCode = "422", description = "As for a new rule, or a different recipient kind or purpose")
    public Response proposeChange(@PathParam("id") long id, @NotNull @Valid RuleDto rule, UriInfo uriInfo) {
        return accepted(proposals.proposeRuleChange(id, rule, caller.subject()).orElseThrow(RuleResource::missing), uriInfo);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Propose removing a rule; once approved the broker refuses its purpose")
    @APIResponse(responseCode = "202", description = "Proposed; Location is the proposal")
    @APIResponse(responseCode = "404", description = "No such rule")
    public Response proposeRemoval(@PathParam("id") long id, UriInfo uriInfo) {
        return accepted(proposals.proposeRuleRemoval(id, caller.subject()).orElseThrow(RuleResource::missing), uriInfo);
    }

    /** 202 with the proposal, at its address. */
    static Response accepted(ProposalDto proposal, UriInfo uriInfo) {
        URI location = uriInfo.getBaseUriBuilder().path("disclosures").path("proposals").path(Long.toString(proposal.id())).build();
        return Response.accepted(proposal).location(location).build();
    }

    private static ProblemException missing() {
        return ProblemException.notFound("No such rule");
    }
}
