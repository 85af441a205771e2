package com.japanautoparts.kura.payment.rest;

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

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.service.OrderService;

/** Data-subject request hooks, called by the gateway's DSR coordinator. */
@Path("/internal/subjects/{customerId}")
@RolesAllowed(Roles.DSR_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject requests", description = "For the gateway's DSR coordinator only")
public class SubjectResource {

    public record ErasureDto(String service, String customerId, String outcome) {
    }

    private final OrderService orders;

    public SubjectResource(OrderService orders) {
        this.orders = orders;
    }

    @GET
    @Path("/export")
    @Operation(summary = "Every order held about the subject, with its status history")
    public SubjectExportDto export(@PathParam("customerId") @Size(max = 255) String customerId) {
        return orders.export(customerId).orElseThrow(() -> ProblemException.notFound("No orders are held for this subject"));
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Pseudonymise the subject's orders, kept 7 years for the books; idempotent")
    public ErasureDto erase(@PathParam("customerId") @Size(max = 255) String customerId) {
        orders.pseudonymise(customerId);
        return new ErasureDto("payment-service", customerId, "pseudonymised");
    }
}
