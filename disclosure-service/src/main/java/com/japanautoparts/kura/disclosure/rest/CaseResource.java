package com.japanautoparts.kura.disclosure.rest;

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

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.CaseDto;
import com.japanautoparts.kura.disclosure.api.CasePackageDto;
import com.japanautoparts.kura.disclosure.api.DecisionDto;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.NewCaseDto;
import com.japanautoparts.kura.disclosure.service.CaseService;

/** Exception-disclosure cases: staff open, a different privacy officer decides, a privacy officer executes. */
@Path("/cases")
@RolesAllowed({ Roles.STAFF, Roles.PRIVACY_OFFICER })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exception disclosures", description = "Court orders, government requests, harmful conduct, fraud and credit-risk exchange, business transfer")
public class CaseResource {

    private final CaseService cases;
    private final Caller caller;

    public CaseResource(CaseService cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a case")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "court order", value = Examples.NEW_CASE)))
    @APIResponse(responseCode = "201", description = "Opened; waits for a privacy officer's decision")
    @APIResponse(responseCode = "422", description = "Unknown or inactive recipient, or an unknown data item")
    public Response open(@NotNull @Valid NewCaseDto request, UriInfo uriInfo) {
        CaseDto opened = cases.open(request, caller.subject());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(opened.id())).build()).entity(opened)
                .build();
    }

    @GET
    @Operation(summary = "Cases: all for a privacy officer, the ones you opened otherwise")
    public List<CaseDto> list() {
        return cases.list(caller.subject(), officer());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case")
    @APIResponse(responseCode = "404", description = "No such case, or not yours to see")
    public CaseDto read(@PathParam("id") long id) {
        return cases.find(id, caller.subject(), officer()).orElseThrow(CaseResource::missing);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve an open case (not your own: two-person rule)")
    @APIResponse(responseCode = "403", description = "You opened this case")
    @APIResponse(responseCode = "409", description = "The case is not open")
    public CaseDto approve(@PathParam("id") long id, @NotNull @Valid DecisionDto decision) {
        return cases.decide(id, caller.subject(), true, decision.note()).orElseThrow(CaseResource::missing);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject an open case (not your own: two-person rule)")
    public CaseDto reject(@PathParam("id") long id, @NotNull @Valid DecisionDto decision) {
        return cases.decide(id, caller.subject(), false, decision.note()).orElseThrow(CaseResource::missing);
    }

    @POST
    @Path("/{id}/execute")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Execute an approved case once: collect the approved scope, record it, return the package")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "package", value = Examples.CASE_PACKAGE)))
    @APIResponse(responseCode = "409", description = "The case is not approved, or was executed already")
    @APIResponse(responseCode = "503", description = "contact-service or the ledger is unavailable: nothing was released")
    public CasePackageDto execute(@PathParam("id") long id) {
        return cases.execute(id, caller.subject()).orElseThrow(CaseResource::missing);
    }

    private boolean officer() {
        return caller.hasRole(Roles.PRIVACY_OFFICER);
    }

    private static ProblemException missing() {
        return ProblemException.notFound("No such case");
    }
}
