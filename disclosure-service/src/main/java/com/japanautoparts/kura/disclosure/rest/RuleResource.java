package com.japanautoparts.kura.disclosure.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.RuleDto;
import com.japanautoparts.kura.disclosure.service.RuleService;

/** Need-to-know rules: which recipient kind may receive data for which purpose, on which legal basis. */
@Path("/rules")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Need-to-know rules", description = "Data, not code: the broker refuses whatever no rule allows")
public class RuleResource {

    private final RuleService rules;

    public RuleResource(RuleService rules) {
        this.rules = rules;
    }

    @GET
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.STAFF })
    @Operation(summary = "Every rule, with the data items the data catalogue grants for it")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "rules", value = Examples.RULES)))
    public List<RuleDto> list() {
        return rules.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a rule",
            description = "A rule switches on the data catalogue's grant for a recipient kind and purpose; what is released is the grant's.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "carrier", value = Examples.RULE)))
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "A rule for this kind and purpose exists")
    @APIResponse(responseCode = "422", description = "The data catalogue grants this kind nothing for this purpose, or requiresAssignment differs from the grant (per order or not)")
    public Response create(@NotNull @Valid RuleDto rule, UriInfo uriInfo) {
        RuleDto created = rules.create(rule);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created)
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a rule; the broker refuses its purpose from then on")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such rule")
    public void remove(@PathParam("id") long id) {
        if (!rules.remove(id)) {
            throw ProblemException.notFound("No such rule");
        }
    }
}
