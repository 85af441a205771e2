package com.japanautoparts.kura.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.retention.PurgeTrigger;
import com.japanautoparts.kura.common.retention.RetentionResource;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.api.Examples;
import com.japanautoparts.kura.gateway.api.StoragePressureDto;
import com.japanautoparts.kura.gateway.service.StoragePressureService;

/**
 * The privacy officer's retention API through the single entry point. {@code /api/retention/<service>/**} of the
 * services is proxied to their {@code /internal/retention/**} (ReverseProxy); the gateway's own schedule is served
 * here, by the same resource every service has; any other name is not a service. Storage pressure is one action
 * across all of them.
 */
@Path("/api/retention")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retention (privacy officer)", description = "Every service's retention schedule through the gateway: "
        + "/api/retention/{contact|payment|consent|disclosure|clickstream|gateway}/{dry-run|purge|purges}")
public class OfficerRetentionResource {

    private final RetentionResource own;
    private final StoragePressureService storagePressure;
    private final Caller caller;

    public OfficerRetentionResource(RetentionResource own, StoragePressureService storagePressure, Caller caller) {
        this.own = own;
        this.storagePressure = storagePressure;
        this.caller = caller;
    }

    /** The gateway's own dry run, purge and purge log, as at {@code /internal/retention}. */
    @Path("/gateway")
    public RetentionResource gateway() {
        return own;
    }

    @POST
    @Path("/storage-pressure")
    @Operation(summary = "Free storage: every service's purge with trigger=storage-pressure, least-needed data first",
            description = "Runs clickstream-service (raw clickstream), then contact-service (stale change history), then "
                    + "payment, consent, disclosure and the gateway, one after the other, with your token. Each service "
                    + "shortens only the periods it may: never for held subjects, never below a legal minimum. Always 200 "
                    + "once it ran: each service's outcome is purged, unavailable (down, no answer, 502-504), failed (another "
                    + "error) or not-configured; a service that is down does not stop the others.")
    @APIResponse(responseCode = "200", description = "Every service's part, in the order they ran",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "one service down", value = Examples.STORAGE_PRESSURE)))
    public StoragePressureDto storagePressure(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return new StoragePressureDto(PurgeTrigger.STORAGE_PRESSURE,
                storagePressure.purge(authorization, caller.subject()));
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
