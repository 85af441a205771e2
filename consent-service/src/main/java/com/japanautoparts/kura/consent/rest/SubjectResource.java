package com.japanautoparts.kura.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.service.ConsentService;

import io.quarkus.security.identity.SecurityIdentity;

/** Data-subject request hooks, called by the gateway's DSR coordinator. */
@Path("/internal/subjects/{customerId}")
@RolesAllowed(Roles.DSR_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject requests", description = "For the gateway's DSR coordinator only")
public class SubjectResource {

    public record ErasureDto(String service, String customerId, String outcome) {
    }

    private final ConsentService consents;
    private final SecurityIdentity identity;

    public SubjectResource(ConsentService consents, SecurityIdentity identity) {
        this.consents = consents;
        this.identity = identity;
    }

    @GET
    @Path("/export")
    @Operation(summary = "Everything held about the subject: consent states, ledger, acknowledgements")
    public SubjectExportDto export(@PathParam("customerId") @Size(max = 255) String customerId) {
        return consents.export(customerId).orElseThrow(() -> ProblemException.notFound("No consent data is held for this subject"));
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Erase the subject's consent data; idempotent",
            description = "outcome erased: nothing is left. outcome suppression-kept: only opt-out (suppression) records and, "
                    + "for three years after the last marketing email, the opt-in proof are kept.")
    public ErasureDto erase(@PathParam("customerId") @Size(max = 255) String customerId) {
        return new ErasureDto("consent-service", customerId,
                consents.erase(customerId, Roles.DSR_COORDINATOR + ":" + identity.getPrincipal().getName()));
    }
}
