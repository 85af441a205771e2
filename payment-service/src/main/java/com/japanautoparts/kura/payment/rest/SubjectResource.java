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

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.legalhold.LegalHolds;
import com.japanautoparts.kura.payment.service.OrderService;

import io.quarkus.logging.Log;

/** Data-subject request hooks, called by the gateway's DSR coordinator. */
@Path("/internal/subjects/{customerId}")
@RolesAllowed(Roles.DSR_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject requests", description = "For the gateway's DSR coordinator only")
public class SubjectResource {

    /** {@code reason} only when the erasure is blocked: the hold's description. */
    public record ErasureDto(String service, String customerId, String outcome, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    }

    static final String SERVICE = "payment-service";

    private final OrderService orders;
    private final LegalHolds legalHolds;

    public SubjectResource(OrderService orders, LegalHolds legalHolds) {
        this.orders = orders;
        this.legalHolds = legalHolds;
    }

    @GET
    @Path("/export")
    @Operation(summary = "Every order held about the subject, with its status history")
    public SubjectExportDto export(@PathParam("customerId") @Size(max = 255) String customerId) {
        return orders.export(customerId).orElseThrow(() -> ProblemException.notFound("No orders are held for this subject"));
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Pseudonymise the subject's orders, kept 7 years after completion for the books; idempotent. "
            + "A subject under a legal hold is answered blocked-legal-hold and nothing changes; "
            + "503 when the holds cannot be read (nothing changes either)")
    public ErasureDto erase(@PathParam("customerId") @Size(max = 255) String customerId) {
        // Asked before, and outside, the transaction: once pseudonymised, an order is no longer tied to the subject.
        LegalHolds.SubjectHolds holds = legalHolds.of(customerId);
        if (holds.held()) {
            // Held with no hold listed is still held: never erase on an incomplete answer.
            LegalHolds.Hold hold = holds.holds().isEmpty() ? new LegalHolds.Hold(null, "under legal hold") : holds.holds().get(0);
            Log.infof("Erasure blocked by a legal hold (%s)", hold.reason());
            return new ErasureDto(SERVICE, customerId, "blocked-legal-hold", hold.description());
        }
        orders.pseudonymise(customerId);
        return new ErasureDto(SERVICE, customerId, "pseudonymised", null);
    }
}
