package com.japanautoparts.kura.ledger;

import java.time.Instant;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;

/**
 * Where the other service hands in the signed checkpoints of its ledger, and reads back the newest one this service keeps
 * (its verification checks the ledger against it). Service to service only: realm role {@code ledger-witness}.
 */
@Path("/internal/ledger-witness/{ledger}/checkpoints")
@RolesAllowed(Roles.LEDGER_WITNESS)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger witness", description = "Keeps the other service's signed ledger checkpoints outside its database")
public class WitnessResource {

    /** What the witness answers for a kept checkpoint. */
    public record KeptDto(String ledger, long position, String digest, Instant receivedAt) {
    }

    private final WitnessStore store;

    public WitnessResource(WitnessStore store) {
        this.store = store;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a signed checkpoint: 201 when kept now, 200 when kept already; 422 bad signature, 409 not extending")
    public Response keep(@PathParam("ledger") String ledger, @NotNull @Valid Checkpoint checkpoint) {
        WitnessStore.Kept kept = store.keep(ledger, checkpoint);
        KeptDto body = new KeptDto(kept.checkpoint().ledger(), kept.checkpoint().position(), kept.checkpoint().digest(),
                kept.receivedAt());
        return Response.status(kept.now() ? Response.Status.CREATED : Response.Status.OK).entity(body).build();
    }

    @GET
    @Path("/newest")
    @Operation(summary = "The newest checkpoint kept of the ledger (404 when none)")
    public Checkpoint newest(@PathParam("ledger") String ledger) {
        return store.newest(ledger).map(WitnessStore.Kept::checkpoint)
                .orElseThrow(() -> ProblemException.notFound("No checkpoint of this ledger is kept here yet"));
    }
}
