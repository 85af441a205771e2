package com.japanautoparts.kura.gateway.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.api.Examples;
import com.japanautoparts.kura.gateway.api.NewRequestDto;
import com.japanautoparts.kura.gateway.api.RequestDto;
import com.japanautoparts.kura.gateway.service.RequestProcessor;
import com.japanautoparts.kura.gateway.service.RequestService;

/** A customer's own data-subject requests; the subject is always the token's {@code sub}. */
@Path("/api/me/requests")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My data-subject requests", description = "Access (export) and erasure requests of the signed-in customer")
public class MyRequestResource {

    private final RequestService requests;
    private final RequestProcessor processor;
    private final Caller caller;

    public MyRequestResource(RequestService requests, RequestProcessor processor, Caller caller) {
        this.requests = requests;
        this.processor = processor;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an access or erasure request",
            description = "Answered within 14 days. Repeating the request while one of the same type is open returns the open one (200).")
    @APIResponse(responseCode = "202", description = "Received; follow Location for progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "received", value = Examples.REQUEST)))
    @APIResponse(responseCode = "200", description = "An identical request is already open: that one")
    public Response file(@Valid @NotNull NewRequestDto body, @Context UriInfo uri) {
        RequestService.Filed filed = requests.file(caller.subject(), body.type());
        if (filed.created()) {
            processor.kick();
        }
        URI location = uri.getBaseUriBuilder().path("api/me/requests").path(filed.request().id().toString()).build();
        return Response.status(filed.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .location(location)
                .entity(filed.request())
                .build();
    }

    @GET
    @Operation(summary = "My requests, newest first")
    public List<RequestDto> list() {
        return requests.listOwn(caller.subject());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my requests, with per-service progress")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "erasure in progress", value = Examples.REQUEST),
                @ExampleObject(name = "access answered", value = Examples.ACCESS_REQUEST)}))
    @APIResponse(responseCode = "404", description = "No such request of mine")
    public RequestDto get(@PathParam("id") String id) {
        return parse(id).flatMap(uuid -> requests.findOwn(uuid, caller.subject())).orElseThrow(MyRequestResource::noSuchRequest);
    }

    @GET
    @Path("/{id}/export")
    @Operation(summary = "The export of a completed access request: one JSON document, streamed",
            description = "Downloadable until the request's exportAvailableUntil (gateway.export.window after the answer, "
                    + "7 days by default); an erasure request deletes it at once.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "export", value = Examples.EXPORT)))
    @APIResponse(responseCode = "409", description = "Not an access request, or not finished yet")
    @APIResponse(responseCode = "410", description = "The download window has ended, or an erasure request deleted the export")
    public Response export(@PathParam("id") String id) {
        UUID uuid = parse(id).orElseThrow(MyRequestResource::noSuchRequest);
        String subject = caller.subject();
        // 404, 409 and 410 before anything is sent; then the document is streamed, each part chunk by chunk.
        requests.checkExport(uuid, subject);
        StreamingOutput document = out -> requests.writeExport(uuid, subject, out);
        return Response.ok(document, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"kura-export-" + uuid + ".json\"")
                // Personal data: no cache on the way may keep a copy.
                .header("Cache-Control", "no-store")
                .build();
    }

    static ProblemException noSuchRequest() {
        return ProblemException.notFound("No such request");
    }

    /** A request id as the URL gives it; anything but a UUID is no request. */
    static Optional<UUID> parse(String id) {
        try {
            return id != null && id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
