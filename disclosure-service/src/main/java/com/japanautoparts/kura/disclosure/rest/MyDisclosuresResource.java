package com.japanautoparts.kura.disclosure.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.ReportEntryDto;
import com.japanautoparts.kura.disclosure.service.LedgerService;

/** "Who received my data" (APPI Art. 33(5)); the customer is always the token's subject. */
@Path("/disclosures/me")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My disclosures", description = "Every disclosure of your data: recipient, date, items, purpose, basis")
public class MyDisclosuresResource {

    private final LedgerService ledger;
    private final Caller caller;

    public MyDisclosuresResource(LedgerService ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every disclosure of my data")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "report", value = Examples.REPORT)))
    public List<ReportEntryDto> report() {
        return ledger.reportFor(caller.subject());
    }
}
