package com.japanautoparts.kura.payment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
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

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.service.ProjectionService;

/**
 * Need-to-know projections of one order, served only to disclosure-service, which checks that
 * the asking carrier or processor is the one assigned and records the disclosure first.
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
    @Path("/delivery")
    @Operation(summary = "What a carrier needs of the order: items count, carrier, tracking number")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "delivery", value = Examples.DELIVERY_PROJECTION)))
    @APIResponse(responseCode = "404", description = "No such order")
    public DeliveryProjectionDto delivery(@PathParam("orderId") @Size(max = 36) String orderId) {
        return projections.delivery(orderId).orElseThrow(ProjectionResource::noSuchOrder);
    }

    @GET
    @Path("/payment")
    @Operation(summary = "What a payment processor needs of the order: token, amount, currency")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "payment", value = Examples.PAYMENT_PROJECTION)))
    @APIResponse(responseCode = "404", description = "No such order")
    public PaymentProjectionDto payment(@PathParam("orderId") @Size(max = 36) String orderId) {
        return projections.payment(orderId).orElseThrow(ProjectionResource::noSuchOrder);
    }

    private static ProblemException noSuchOrder() {
        return ProblemException.notFound("No such order");
    }
}
