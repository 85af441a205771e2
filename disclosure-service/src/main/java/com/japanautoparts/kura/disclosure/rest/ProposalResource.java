package com.japanautoparts.kura.disclosure.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.DecisionDto;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.ProposalDto;
import com.japanautoparts.kura.disclosure.domain.ChangeProposal;
import com.japanautoparts.kura.disclosure.service.ProposalService;

/** Proposed changes to the need-to-know rules and the recipient registry, decided by a second privacy officer. */
@Path("/disclosures/proposals")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change proposals", description = "Rules and recipients change only when a second privacy officer approves")
public class ProposalResource {

    private final ProposalService proposals;
    private final Caller caller;

    public ProposalResource(ProposalService proposals, Caller caller) {
        this.proposals = proposals;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Proposals, newest first", description = "status: open, applied or rejected (all when absent); limit 1-500, default 100")
    public List<ProposalDto> list(@QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        ChangeProposal.Status known = status == null ? null
                : Arrays.stream(ChangeProposal.Status.values()).filter(s -> s.key().equals(status)).findFirst()
                        .orElseThrow(() -> ProblemException.badRequest("status must be open, applied or rejected"));
        return proposals.list(known, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One proposal")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "applied", value = Examples.PROPOSAL)))
    @APIResponse(responseCode = "404", description = "No such proposal")
    public ProposalDto read(@PathParam("id") long id) {
        return proposals.find(id).orElseThrow(ProposalResource::missing);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve and apply a proposal (a privacy officer other than its proposer)")
    @APIResponse(responseCode = "200", description = "Applied: appliedVersion is the new version")
    @APIResponse(responseCode = "403", description = "Two-person rule: the proposer cannot decide")
    @APIResponse(responseCode = "409", description = "Decided already, or what it changes changed since it was proposed")
    public ProposalDto approve(@PathParam("id") long id, @NotNull @Valid DecisionDto decision) {
        return proposals.decide(id, caller.subject(), true, decision.note()).orElseThrow(ProposalResource::missing);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a proposal (a privacy officer other than its proposer)")
    @APIResponse(responseCode = "403", description = "Two-person rule: the proposer cannot decide")
    @APIResponse(responseCode = "409", description = "Decided already")
    public ProposalDto reject(@PathParam("id") long id, @NotNull @Valid DecisionDto decision) {
        return proposals.decide(id, caller.subject(), false, decision.note()).orElseThrow(ProposalResource::missing);
    }

    private static ProblemException missing() {
        return ProblemException.notFound("No such proposal");
    }
}
