package com.japanautoparts.kura.contact.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.Examples;
import com.japanautoparts.kura.contact.api.ProjectionDto;
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

    private final ProjectionService projections;

    public ProjectionResource(ProjectionService projections) {
        this.projections = projections;
    }

    @GET
    @Operation(summary = "The least contact data a purpose needs (delivery, payment, support)",
            description = "What each purpose releases is the data catalogue's need-to-know grant (kura-catalogue NeedToKnow).")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "delivery", value = Examples.DELIVERY_PROJECTION)))
    @APIResponse(responseCode = "404", description = "No such customer or purpose")
    public ProjectionDto project(@PathParam("customerId") @CustomerId String customerId,
            @PathParam("purpose") @PurposeKey String purpose) {
        DisclosurePurpose known = DisclosurePurpose.parse(purpose).filter(projections::serves)
                .orElseThrow(() -> ProblemException.notFound("No such purpose"));
        return projections.project(customerId, known).orElseThrow(() -> ProblemException.notFound("No such customer"));
    }
}
