package com.japanautoparts.kura.contact.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.input.PurposeKey;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.Examples;
import com.japanautoparts.kura.contact.api.ProjectionDto;
import com.japanautoparts.kura.contact.service.AccessLog;
import com.japanautoparts.kura.contact.service.ProjectionService;

/**
 * Need-to-know projections, served only to disclosure-service, which records every
 * disclosure in its ledger before passing the data on.
 */
@Path("/internal/contacts/{customerId}/projections/{purpose}")
@RolesAllowed(Roles.DISCLOSURE_BROKER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: projections", description = "For disclosure-service only")
public class ProjectionResource {

    /** Whom disclosure-service reads for: {@code staff} or {@code case:<id>}; shown in the customer's access log. */
    public static final String ON_BEHALF_OF = "X-Kura-On-Behalf-Of";

    private final ProjectionService projections;
    private final Caller caller;

    public ProjectionResource(ProjectionService projections, Caller caller) {
        this.projections = projections;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The least contact data a purpose needs (delivery, payment, support)",
            description = "Today's contact data of the categories the data catalogue's grants for the purpose name (kura-catalogue NeedToKnow). "
                    + "Recorded in the customer's access log, with X-Kura-On-Behalf-Of (staff, or case:<id>) when sent.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "delivery", value = Examples.DELIVERY_PROJECTION)))
    @APIResponse(responseCode = "404", description = "No such customer or purpose")
    public ProjectionDto project(@PathParam("customerId") @CustomerId String customerId,
            @PathParam("purpose") @PurposeKey String purpose, @HeaderParam(ON_BEHALF_OF) String onBehalfOf) {
        DisclosurePurpose known = DisclosurePurpose.parse(purpose).filter(projections::serves)
                .orElseThrow(() -> ProblemException.notFound("No such purpose"));
        return projections.project(customerId, known, AccessLog.Reader.of(caller, onBehalfOf))
                .orElseThrow(() -> ProblemException.notFound("No such customer"));
    }
}
