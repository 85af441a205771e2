package com.japanautoparts.kura.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.ledger.CheckpointExport;
import com.japanautoparts.kura.ledger.CheckpointLine;
import com.japanautoparts.kura.ledger.Checkpoints;
import com.japanautoparts.kura.ledger.LedgerVerification;
import com.japanautoparts.kura.ledger.LedgerVerifier;

/** The consent ledger's chain as the privacy officer checks it, and its signed checkpoints (disclosure-service witnesses them). */
@Path("/consents/ledger")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent ledger", description = "The hash chain of consent records, its verification and signed checkpoints")
public class ConsentLedgerResource {

    private final LedgerVerifier verifier;
    private final Checkpoints checkpoints;
    private final CheckpointExport export;

    public ConsentLedgerResource(LedgerVerifier verifier, Checkpoints checkpoints, CheckpointExport export) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.export = export;
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the chain, compare it with its head and the newest checkpoint its witness keeps, and name the"
            + " first broken, missing or rewritten position; records beside the chain and bad checkpoint signatures are reported")
    public LedgerVerification verify() {
        return verifier.verify();
    }

    @POST
    @Path("/checkpoints")
    @Operation(summary = "Sign the chain's head now and hand it to the witness (disclosure-service)")
    @APIResponse(responseCode = "201", description = "Signed and witnessed")
    @APIResponse(responseCode = "409", description = "The chain does not extend its newest checkpoint, or the witness refused it")
    @APIResponse(responseCode = "503", description = "The witness cannot be reached: the checkpoint is kept here and handed over again")
    public Response checkpoint() {
        CheckpointLine taken = checkpoints.line(checkpoints.takeNow());
        return Response.status(Response.Status.CREATED).entity(taken).build();
    }

    @GET
    @Path("/checkpoints")
    @Produces(CheckpointExport.MEDIA_TYPE)
    @Operation(summary = "Export the signed checkpoints as JSON lines, oldest first, after a row id (for a mirror under retention lock)")
    public Response checkpoints(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10000) int limit) {
        return Response.ok(export.jsonLines(after, limit), CheckpointExport.MEDIA_TYPE).build();
    }
}
