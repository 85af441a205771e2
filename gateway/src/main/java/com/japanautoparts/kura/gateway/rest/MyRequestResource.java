package com.japanautoparts.kura.gateway.rest;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.DataSubjectRequest;
import com.japanautoparts.kura.gateway.RequestType;
import com.japanautoparts.kura.gateway.service.RequestProcessor;
import com.japanautoparts.kura.gateway.service.RequestService;

import io.quarkus.security.identity.SecurityIdentity;

/** A customer's own data-subject requests; the subject is always the token's {@code sub}. */
@Path("/api/me/requests")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My data-subject requests", description = "Access (export) and erasure requests of the signed-in customer")
public class MyRequestResource {

    private final RequestService requests;
    private final RequestProcessor processor;
    private final SecurityIdentity identity;

    public MyRequestResource(RequestService requests, RequestProcessor processor, SecurityIdentity identity) {
        this.requests = requests;
        this.processor = processor;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an access or erasure request",
            description = "Answered within 14 days. Repeating the request while one of the same type is open returns the open one (200).")
    @APIResponse(responseCode = "202", description = "Received; follow Location for progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "received", value = Examples.REQUEST)))
    @APIResponse(responseCode = "200", description = "An identical request is already open: that one")
    public Response file(@Valid @NotNull NewRequestDto body, @Context UriInfo uri) {
        RequestService.Filed filed = requests.file(subject(), body.type());
        if (filed.created()) {
            processor.kick();
        }
        URI location = uri.getBaseUriBuilder().path("api/me/requests").path(filed.request().id.toString()).build();
        return Response.status(filed.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .location(location)
                .entity(RequestDto.of(filed.request(), false))
                .build();
    }

    @GET
    @Operation(summary = "My requests, newest first")
    public List<RequestDto> list() {
        return requests.listOwn(subject()).stream().map(r -> RequestDto.of(r, false)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my requests, with per-service progress")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "in progress", value = Examples.REQUEST)))
    @APIResponse(responseCode = "404", description = "No such request of mine")
    public RequestDto get(@PathParam("id") String id) {
        return RequestDto.of(own(id), false);
    }

    @GET
    @Path("/{id}/export")
    @Operation(summary = "The export of a completed access request: one JSON document")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "export", value = Examples.EXPORT)))
    @APIResponse(responseCode = "409", description = "Not an access request, or not finished yet")
    public Response export(@PathParam("id") String id) {
        DataSubjectRequest request = own(id);
        if (request.type != RequestType.ACCESS) {
            throw ProblemException.conflict("Only access requests have an export");
        }
        if (request.status.open() || request.exportDocument == null) {
            throw ProblemException.conflict("The export is not ready yet: the request is " + request.status.value());
        }
        return Response.ok(request.exportDocument, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"kura-export-" + request.id + ".json\"")
                .build();
    }

    private DataSubjectRequest own(String id) {
        return parse(id).flatMap(uuid -> requests.findOwn(uuid, subject()))
                .orElseThrow(() -> ProblemException.notFound("No such request"));
    }

    static java.util.Optional<UUID> parse(String id) {
        try {
            return id != null && id.length() == 36 ? java.util.Optional.of(UUID.fromString(id)) : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private String subject() {
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject()
                : identity.getPrincipal().getName();
    }

}
