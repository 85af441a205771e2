package com.japanautoparts.kura.gateway.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.api.RequestDto;
import com.japanautoparts.kura.gateway.service.RequestService;

/** The privacy officer's view of data-subject requests: progress only, never the exported data. */
@Path("/api/requests")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data-subject requests (privacy officer)")
public class OfficerRequestResource {

    private final RequestService requests;

    public OfficerRequestResource(RequestService requests) {
        this.requests = requests;
    }

    @GET
    @Operation(summary = "Requests by due date, soonest first; status=open (default) or all")
    public List<RequestDto> list(@QueryParam("status") @DefaultValue("open") String status) {
        boolean openOnly = switch (status) {
            case "open" -> true;
            case "all" -> false;
            default -> throw ProblemException.badRequest("status must be open or all");
        };
        return requests.listForOfficer(openOnly);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One request with per-service progress")
    public RequestDto get(@PathParam("id") String id) {
        return MyRequestResource.parse(id).flatMap(requests::find).orElseThrow(MyRequestResource::noSuchRequest);
    }
}
