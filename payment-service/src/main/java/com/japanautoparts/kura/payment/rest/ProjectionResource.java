package com.japanautoparts.kura.payment.rest;

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
import com.japanautoparts.kura.common.input.OrderId;
import com.japanautoparts.kura.common.input.PurposeKey;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.api.Examples;
import com.japanautoparts.kura.payment.api.OrderProjectionDto;
import com.japanautoparts.kura.payment.service.ProjectionService;

/**
 * Need-to-know projections of one order, served only to disclosure-service, which checks that
 * the asking carrier or processor is the one assigned and records the disclosure first. Which
 * purposes are served, and with which fields, the data catalogue says (delivery and payment today).
 */
@Path("/internal/orders/{orderId}/projections")
@RolesAllowed(Roles.DISCLOSURE_BROKER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: projections", description = "For disclosure-service only")
public class ProjectionResource {

    private final ProjectionService projections;

    public ProjectionResource(ProjectionService projections) {
        this.projections = projections;
    }

    @GET
    @Path("/{purpose}")
    @Operation(summary = "What the recipient of the purpose needs of the order",
            description = "delivery: items count, carrier, tracking number; payment: amount, currency, processor, token. "
                    + "A purpose the catalogue releases no order data for is 404.")
    @APIResponse(responseCode = "200", content = @Content(examples = {
            @ExampleObject(name = "delivery", value = Examples.DELIVERY_PROJECTION),
            @ExampleObject(name = "payment", value = Examples.PAYMENT_PROJECTION) }))
    @APIResponse(responseCode = "404", description = "No such order, or no order data for this purpose")
    public OrderProjectionDto project(@PathParam("orderId") @OrderId String orderId,
            @PathParam("purpose") @PurposeKey String purpose) {
        DisclosurePurpose served = DisclosurePurpose.parse(purpose).filter(projections::serves)
                .orElseThrow(() -> ProblemException.notFound("No order data is released for this purpose"));
        return projections.project(orderId, served).orElseThrow(() -> ProblemException.notFound("No such order"));
    }
}
