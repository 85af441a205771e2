package com.japanautoparts.kura.disclosure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.ChangeReportDto;
import com.japanautoparts.kura.disclosure.api.NoticesRecordedDto;
import com.japanautoparts.kura.disclosure.service.NoticeService;

/** contact-service reports corrections and erasures (its outbox); each report becomes notices once. */
@Path("/internal/disclosures/changes")
@RolesAllowed(Roles.CHANGE_REPORTER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal", description = "Service-to-service")
public class ChangeReportResource {

    private final NoticeService notices;
    private final Caller caller;

    public ChangeReportResource(NoticeService notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Record the notices a correction or erasure calls for (idempotent by eventId)")
    @APIResponse(responseCode = "200", description = "Recorded (or recorded before)")
    @APIResponse(responseCode = "503", description = "payment-service or the ledger is unavailable: send it again later")
    public NoticesRecordedDto report(@NotNull @Valid ChangeReportDto report) {
        return new NoticesRecordedDto(notices.receive(report, caller.clientId()));
    }
}
