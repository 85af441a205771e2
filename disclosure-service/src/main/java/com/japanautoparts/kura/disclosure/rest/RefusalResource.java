package com.japanautoparts.kura.disclosure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.RefusalsDto;
import com.japanautoparts.kura.disclosure.service.RefusalService;

/** The privacy officer's view of refused disclosure attempts: who is being refused, why, how often. */
@Path("/disclosures/refusals")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Refusals", description = "Refused attempts per recipient and reason, counted, never one ledger row each")
public class RefusalResource {

    private final RefusalService refusals;

    public RefusalResource(RefusalService refusals) {
        this.refusals = refusals;
    }

    @GET
    @Operation(summary = "Refused attempts: those not yet written, and the aggregate ledger rows of the last `minutes` (1-10080, default 60)")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "a flood", value = Examples.REFUSALS)))
    public RefusalsDto list(@QueryParam("minutes") @DefaultValue("60") @Min(1) @Max(10080) int minutes) {
        return refusals.since(minutes);
    }
}
