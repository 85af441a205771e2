package com.japanautoparts.kura.payment.rest;

import java.util.Optional;

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
import com.japanautoparts.kura.payment.client.LegalHoldClient;
import com.japanautoparts.kura.payment.client.LegalHoldsUnavailableException;
import com.japanautoparts.kura.payment.config.PaymentConfig;
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
    private final LegalHoldClient legalHolds;
    private final PaymentConfig config;

    public SubjectResource(OrderService orders, LegalHoldClient legalHolds, PaymentConfig config) {
        this.orders = orders;
        this.legalHolds = legalHolds;
        this.config = config;
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
        Optional<LegalHoldClient.ActiveHold> hold;
        try {
            hold = legalHolds.holdOn(customerId);
        } catch (LegalHoldsUnavailableException e) {
            throw ProblemException.dependencyUnavailable(
                    "Legal holds cannot be read from disclosure-service, so nothing was erased; try again later",
                    config.legalHolds().retryAfterSeconds());
        }
        if (hold.isPresent()) {
            Log.infof("Erasure blocked by a legal hold (%s)", hold.get().reason());
            return new ErasureDto(SERVICE, customerId, "blocked-legal-hold", hold.get().description());
        }
        orders.pseudonymise(customerId);
        return new ErasureDto(SERVICE, customerId, "pseudonymised", null);
    }
}
