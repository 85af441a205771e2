package com.japanautoparts.kura.disclosure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.HeldSubjectsDto;
import com.japanautoparts.kura.disclosure.api.SubjectHoldsDto;
import com.japanautoparts.kura.disclosure.service.LegalHoldService;

/** Asked by every service before it purges or erases, and by the DSR coordinator. */
@Path("/internal/legal-holds/subjects")
@RolesAllowed({ Roles.LEGAL_HOLD_READER, Roles.DSR_COORDINATOR })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: legal holds", description = "For Kura services before a purge or an erasure")
public class InternalLegalHoldResource {

    private final LegalHoldService holds;

    public InternalLegalHoldResource(LegalHoldService holds) {
        this.holds = holds;
    }

    @GET
    @Operation(summary = "Every subject under a hold in force now (fetch once per purge run, skip them)")
    public HeldSubjectsDto heldSubjects() {
        return holds.listHeldSubjects();
    }

    @GET
    @Path("/{customerId}")
    @Operation(summary = "Whether the subject is under a hold in force now, and why (the description is for the customer)")
    public SubjectHoldsDto check(
            @PathParam("customerId") @CustomerId String customerId) {
        return holds.check(customerId);
    }
}
