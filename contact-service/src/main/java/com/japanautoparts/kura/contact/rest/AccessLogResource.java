package com.japanautoparts.kura.contact.rest;

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

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.AccessAnomalyDto;
import com.japanautoparts.kura.contact.api.Examples;
import com.japanautoparts.kura.contact.service.AccessLog;

/** The privacy officer's view of the access log: reads per reader and hour, never whose data. */
@Path("/contacts/access-log")
@RolesAllowed(Roles.PRIVACY_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log", description = "Who reads customers' contact data, for the privacy officer")
public class AccessLogResource {

    private final AccessLog accessLog;

    public AccessLogResource(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GET
    @Path("/anomalies")
    @Operation(summary = "Reads of contact data per reader and hour",
            description = "Over the last `hours` (1-720, default 24): reads, distinct customers, look-ups that found nobody, and "
                    + "whether the hour is above contact.access-log.anomaly-reads-per-hour or anomaly-misses-per-hour.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "anomalies", value = Examples.ACCESS_ANOMALIES)))
    public List<AccessAnomalyDto> anomalies(@QueryParam("hours") @DefaultValue("24") @Min(1) @Max(720) int hours) {
        return accessLog.anomalies(hours);
    }
}
