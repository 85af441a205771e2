package com.japanautoparts.kura.disclosure.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.input.RecipientId;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.RecipientDto;
import com.japanautoparts.kura.disclosure.service.RecipientService;

/** The third-party registry (APPI Art. 28-30), kept by the privacy officer. */
@Path("/recipients")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recipients", description = "Who may receive personal data, from where, under which contract")
public class RecipientResource {

    private final RecipientService recipients;

    public RecipientResource(RecipientService recipients) {
        this.recipients = recipients;
    }

    @GET
    @Operation(summary = "Every registered recipient")
    public List<RecipientDto> list() {
        return recipients.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One recipient")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "carrier", value = Examples.RECIPIENT)))
    @APIResponse(responseCode = "404", description = "No such recipient")
    public RecipientDto read(@PathParam("id") @RecipientId String id) {
        return recipients.find(id).orElseThrow(RecipientResource::missing);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a recipient")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "carrier", value = Examples.RECIPIENT)))
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "The id or the OIDC client id is taken")
    public Response create(@NotNull @Valid RecipientDto recipient, UriInfo uriInfo) {
        if (recipient.id() == null) {
            throw ProblemException.badRequest("Field 'id' is required");
        }
        // Built before anything is stored: a response that cannot be built must not follow a committed write.
        URI location = uriInfo.getAbsolutePathBuilder().path(recipient.id()).build();
        return Response.created(location).entity(recipients.create(recipient)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a recipient's details, e.g. deactivate it with active=false")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "404", description = "No such recipient")
    public RecipientDto replace(@PathParam("id") @RecipientId String id, @NotNull @Valid RecipientDto recipient) {
        return recipients.replace(id, recipient).orElseThrow(RecipientResource::missing);
    }

    private static ProblemException missing() {
        return ProblemException.notFound("No such recipient");
    }
}
