package com.japanautoparts.kura.disclosure.rest;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.LedgerEntryDto;
import com.japanautoparts.kura.disclosure.api.VerificationDto;
import com.japanautoparts.kura.disclosure.service.LedgerService;
import com.japanautoparts.kura.ledger.CheckpointExport;
import com.japanautoparts.kura.ledger.Checkpoints;
import com.japanautoparts.kura.ledger.LedgerVerifier;

/** The disclosure ledger as the privacy officer reads and checks it, and its signed checkpoints. */
@Path("/disclosures/ledger")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "Append-only, hash-chained record of every disclosure and refusal")
public class LedgerResource {

    private final LedgerService ledger;
    private final LedgerVerifier verifier;
    private final Checkpoints checkpoints;
    private final CheckpointExport export;

    public LedgerResource(LedgerService ledger, LedgerVerifier verifier, Checkpoints checkpoints, CheckpointExport export) {
        this.ledger = ledger;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.export = export;
    }

    @GET
    @Operation(summary = "The newest ledger rows, optionally for one subject")
    public List<LedgerEntryDto> list(
            @QueryParam("subject") @CustomerId String subject,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return ledger.newest(subject, limit);
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain, compare it with its head and with the newest checkpoint its witness keeps,"
            + " and name the first broken, missing or rewritten row")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "tail cut off", value = Examples.VERIFICATION)))
    public VerificationDto verify() {
        return VerificationDto.of(verifier.verify());
    }

    @POST
    @Path("/checkpoints")
    @Operation(summary = "Sign the ledger's head now and hand it to the witness (consent-service)")
    @APIResponse(responseCode = "201", description = "Signed and witnessed",
            content = @Content(examples = @ExampleObject(name = "checkpoint", value = Examples.CHECKPOINT)))
    @APIResponse(responseCode = "409", description = "The ledger does not extend its newest checkpoint, or the witness refused it")
    @APIResponse(responseCode = "503", description = "The witness cannot be reached: the checkpoint is kept here and handed over again")
    public Response checkpoint() {
        return Response.status(Response.Status.CREATED).entity(checkpoints.line(checkpoints.takeNow())).build();
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
