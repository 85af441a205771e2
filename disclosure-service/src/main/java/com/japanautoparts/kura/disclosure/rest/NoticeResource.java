package com.japanautoparts.kura.disclosure.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.NoticeDto;
import com.japanautoparts.kura.disclosure.api.PendingNoticeDto;
import com.japanautoparts.kura.disclosure.service.NoticeService;

/**
 * Corrections and erasures passed on (GDPR Art. 19): a recipient (the token's {@code azp}) reads and acknowledges its own
 * notices; the privacy officer sees every unacknowledged one.
 */
@Path("/disclosures/notices")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CARRIER, Roles.PAYMENT_PROCESSOR, Roles.PRIVACY_OFFICER })
@Tag(name = "Notices", description = "Corrections and erasures of data a recipient received, passed on to it")
public class NoticeResource {

    private final NoticeService notices;
    private final Caller caller;

    public NoticeResource(NoticeService notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.CARRIER, Roles.PAYMENT_PROCESSOR })
    @Operation(summary = "My pending notices, oldest first",
            description = "Each names the order, the items of the data I received that were corrected or erased, and what to do. "
                    + "No customer id, no values (a correction's values: GET the notice).")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "notices", value = Examples.NOTICES)))
    @APIResponse(responseCode = "403", description = "Not a registered recipient")
    public List<NoticeDto> pending() {
        return notices.pending(caller.clientId());
    }

    @GET
    @Path("/{id: [0-9]{1,18}}")
    @RolesAllowed({ Roles.CARRIER, Roles.PAYMENT_PROCESSOR })
    @Operation(summary = "One of my notices; a correction with the corrected values",
            description = "The corrected values are today's, only of the notice's items the rule's grant names, and recorded in "
                    + "the ledger as a disclosure (disclosureId) before they are returned.")
    @APIResponse(responseCode = "404", description = "No such notice of mine")
    @APIResponse(responseCode = "503", description = "contact-service or the ledger is unavailable: nothing was released")
    public NoticeDto read(@PathParam("id") long id) {
        return notices.read(caller.clientId(), id);
    }

    @POST
    @Path("/{id: [0-9]{1,18}}/acknowledge")
    @RolesAllowed({ Roles.CARRIER, Roles.PAYMENT_PROCESSOR })
    @Operation(summary = "Acknowledge one of my notices (recorded in the ledger; again is harmless)")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "404", description = "No such notice of mine")
    public NoticeDto acknowledge(@PathParam("id") long id) {
        return notices.acknowledge(caller.clientId(), id);
    }

    @GET
    @Path("/unacknowledged")
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Operation(summary = "Every unacknowledged notice, oldest first: to whom, about whom, what, since when")
    public List<PendingNoticeDto> unacknowledged(@QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
        return notices.unacknowledged(limit);
    }
}
