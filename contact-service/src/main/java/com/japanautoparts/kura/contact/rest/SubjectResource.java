package com.japanautoparts.kura.contact.rest;

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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.service.ContactService;

/** Data-subject request hooks, called by the gateway's DSR coordinator. */
@Path("/internal/subjects/{customerId}")
@RolesAllowed(Roles.DSR_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject requests", description = "For the gateway's DSR coordinator only")
public class SubjectResource {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErasureDto(String service, String customerId, String outcome, String reason) {
    }

    private static final String SERVICE = "contact-service";

    private final ContactService contacts;

    public SubjectResource(ContactService contacts) {
        this.contacts = contacts;
    }

    @GET
    @Path("/export")
    @Operation(summary = "Everything held about the subject")
    public SubjectExportDto export(@PathParam("customerId") @Size(max = 255) String customerId) {
        return contacts.export(customerId).orElseThrow(() -> ProblemException.notFound("No contact data is held for this subject"));
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Hard-delete the subject's contact data; idempotent",
            description = "outcome is erased, or blocked-legal-hold with the hold's reason (nothing is deleted then)")
    public ErasureDto erase(@PathParam("customerId") @Size(max = 255) String customerId) {
        ContactService.Removal removal = contacts.remove(customerId);
        return removal.erased() ? new ErasureDto(SERVICE, customerId, "erased", null)
                : new ErasureDto(SERVICE, customerId, "blocked-legal-hold", removal.holdReason());
    }
}
