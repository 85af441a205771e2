package com.japanautoparts.kura.disclosure.rest;

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

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.service.LedgerService;

/** Data-subject request hooks, called by the gateway's DSR coordinator. */
@Path("/internal/subjects/{customerId}")
@RolesAllowed(Roles.DSR_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject requests", description = "For the gateway's DSR coordinator only")
public class SubjectResource {

    static final String SERVICE = "disclosure-service";
    /** The ledger is a record APPI Art. 29 requires Kura to keep for at least 3 years. */
    static final String RETAINED = "retained-legal-obligation";

    public record ErasureDto(String service, String customerId, String outcome) {
    }

    private final LedgerService ledger;

    public SubjectResource(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("/export")
    @Operation(summary = "Every disclosure of the subject's data (the customer's report)")
    public SubjectExportDto export(@PathParam("customerId") @Size(max = 255) String customerId) {
        return new SubjectExportDto(SERVICE, customerId, ledger.reportFor(customerId));
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Nothing is erased: ledger rows are kept as a legal obligation; idempotent")
    public ErasureDto erase(@PathParam("customerId") @Size(max = 255) String customerId) {
        return new ErasureDto(SERVICE, customerId, RETAINED);
    }
}
