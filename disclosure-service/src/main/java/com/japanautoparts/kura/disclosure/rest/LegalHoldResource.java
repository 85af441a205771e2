package com.japanautoparts.kura.disclosure.rest;

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
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.LegalHoldDto;
import com.japanautoparts.kura.disclosure.api.LegalHoldEventDto;
import com.japanautoparts.kura.disclosure.api.NewLegalHoldDto;
import com.japanautoparts.kura.disclosure.service.LegalHoldService;

/** Legal holds: a privacy officer places one, a different privacy officer releases it. */
@Path("/legal-holds")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Legal holds", description = "Subjects no service may purge or erase while a hold is in force")
public class LegalHoldResource {

    private final LegalHoldService holds;
    private final Caller caller;

    public LegalHoldResource(LegalHoldService holds, Caller caller) {
        this.holds = holds;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place a hold")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "litigation", value = Examples.NEW_LEGAL_HOLD)))
    @APIResponse(responseCode = "201", description = "Placed and in force until endsAt or a release")
    @APIResponse(responseCode = "422", description = "endsAt is not in the future")
    public Response place(@NotNull @Valid NewLegalHoldDto request, UriInfo uriInfo) {
        LegalHoldDto placed = holds.place(request, caller.subject());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(placed.id())).build()).entity(placed)
                .build();
    }

    @GET
    @Operation(summary = "Every hold, newest first")
    public List<LegalHoldDto> list() {
        return holds.list();
    }

    @GET
    @Path("/events")
    @Operation(summary = "The record of every hold: who placed or released which hold, when, for how many subjects; newest first")
    public List<LegalHoldEventDto> recentEvents(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return holds.recentEvents(limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One hold")
    @APIResponse(responseCode = "404", description = "No such hold")
    public LegalHoldDto read(@PathParam("id") long id) {
        return holds.find(id).orElseThrow(LegalHoldResource::missing);
    }

    @GET
    @Path("/{id}/events")
    @Operation(summary = "When the hold was placed and released, by whom, for how many subjects")
    public List<LegalHoldEventDto> events(@PathParam("id") long id) {
        return holds.events(id).orElseThrow(LegalHoldResource::missing);
    }

    @POST
    @Path("/{id}/release")
    @Operation(summary = "Release a hold (not one you placed: two-person rule)")
    @APIResponse(responseCode = "403", description = "You placed this hold")
    @APIResponse(responseCode = "409", description = "The hold is released already")
    public LegalHoldDto release(@PathParam("id") long id) {
        return holds.release(id, caller.subject()).orElseThrow(LegalHoldResource::missing);
    }

    private static ProblemException missing() {
        return ProblemException.notFound("No such legal hold");
    }
}
