package com.japanautoparts.kura.clickstream.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.clickstream.api.EventBatchDto;
import com.japanautoparts.kura.clickstream.api.Examples;
import com.japanautoparts.kura.clickstream.api.IngestResultDto;
import com.japanautoparts.kura.clickstream.service.IngestService;
import com.japanautoparts.kura.common.idempotency.Idempotent;
import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.security.Roles;

/** The storefront's pseudonymous navigation events. */
@Path("/clickstream/events")
@RolesAllowed(Roles.STOREFRONT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ingest", description = "Pseudonymous navigation events from the storefront")
public class IngestResource {

    private final IngestService ingest;

    public IngestResource(IngestService ingest) {
        this.ingest = ingest;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a batch of up to 1,000 events",
            description = "All or nothing. Events carry only a session pseudonym; anything identifying a person is refused with 422 naming the field. "
                    + "With an Idempotency-Key header a batch sent again (after a 503 or a timeout) is stored once: the same key and "
                    + "batch are answered 200 with Idempotent-Replayed: true and no body; the same key with another batch: 422.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "batch", value = Examples.BATCH)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = IngestResultDto.class),
            examples = @ExampleObject(name = "stored", value = Examples.INGESTED)))
    @APIResponse(responseCode = "400", description = "Malformed or invalid event")
    @APIResponse(responseCode = "413", description = "Body above 512K")
    @APIResponse(responseCode = "422", description = "An event identifies a person", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "identifying", value = Examples.IDENTIFYING)))
    @APIResponse(responseCode = "409", description = "A batch with the same Idempotency-Key is still in flight; see Retry-After")
    @Idempotent
    public Response ingest(@NotNull @Valid EventBatchDto batch) {
        return Response.ok(ingest.ingest(batch.events())).build();
    }
}
