package com.japanautoparts.kura.disclosure.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.LedgerEntryDto;
import com.japanautoparts.kura.disclosure.api.VerificationDto;
import com.japanautoparts.kura.disclosure.service.LedgerService;

/** The disclosure ledger as the privacy officer reads and checks it. */
@Path("/disclosures/ledger")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "Append-only, hash-chained record of every disclosure and refusal")
public class LedgerResource {

    private final LedgerService ledger;

    public LedgerResource(LedgerService ledger) {
        this.ledger = ledger;
    }

    @GET
    @Operation(summary = "The newest ledger rows, optionally for one subject")
    public List<LedgerEntryDto> list(
            @QueryParam("subject") @CustomerId String subject,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return ledger.newest(subject, limit);
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain and name the first broken row")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "broken", value = Examples.VERIFICATION)))
    public VerificationDto verify() {
        return ledger.verify();
    }
}
