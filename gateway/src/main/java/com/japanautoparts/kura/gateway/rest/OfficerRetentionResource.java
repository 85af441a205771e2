package com.japanautoparts.kura.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.retention.RetentionResource;
import com.japanautoparts.kura.common.security.Roles;

/**
 * The privacy officer's retention API through the single entry point. {@code /api/retention/<service>/**} of the
 * services is proxied to their {@code /internal/retention/**} (ReverseProxy); the gateway's own schedule is served
 * here, by the same resource every service has; any other name is not a service.
 */
@Path("/api/retention")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention (privacy officer)", description = "Every service's retention schedule through the gateway: "
        + "/api/retention/{contact|payment|consent|disclosure|clickstream|gateway}/{dry-run|purge|purges}")
public class OfficerRetentionResource {

    private final RetentionResource own;

    public OfficerRetentionResource(RetentionResource own) {
        this.own = own;
    }

    /** The gateway's own dry run, purge and purge log, as at {@code /internal/retention}. */
    @Path("/gateway")
    public RetentionResource gateway() {
        return own;
    }

    @GET
    @Path("/{service}/{operation: .*}")
    @Operation(hidden = true)
    @APIResponse(responseCode = "404", description = "No such service")
    public void unknownGet() {
        throw unknown();
    }

    @POST
    @Path("/{service}/{operation: .*}")
    @Operation(hidden = true)
    public void unknownPost() {
        throw unknown();
    }

    private static ProblemException unknown() {
        return ProblemException.notFound("No such service: retention is served for the services the gateway routes to, and for gateway");
    }
}
