package com.japanautoparts.kura.clickstream.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;

/**
 * Data-subject request hooks. clickstream-service holds nothing linked to a customer (events carry
 * only daily keyed pseudonyms), so there is never anything to export or erase.
 */
@Path("/internal/subjects/{customerId}")
@RolesAllowed(Roles.DSR_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject requests", description = "For the gateway's DSR coordinator only")
public class SubjectResource {

    public record ErasureDto(String service, String customerId, String outcome) {
    }

    @GET
    @Path("/export")
    @Operation(summary = "Always 404: no clickstream data is linked to a customer")
    @APIResponse(responseCode = "404", description = "Nothing is held about any customer")
    public void export(@PathParam("customerId") @Size(max = 255) String customerId) {
        throw ProblemException.notFound("clickstream-service holds no data linked to a customer");
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Nothing to erase: no clickstream data is linked to a customer; idempotent")
    public ErasureDto erase(@PathParam("customerId") @Size(max = 255) String customerId) {
        return new ErasureDto("clickstream-service", customerId, "not-held");
    }
}
