package com.japanautoparts.kura.consent.rest;

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

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.client.LegalHoldClient;
import com.japanautoparts.kura.consent.config.ConsentConfig;
import com.japanautoparts.kura.consent.service.ConsentService;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.logging.Log;

import io.quarkus.security.identity.SecurityIdentity;

/** Data-subject request hooks, called by the gateway's DSR coordinator. */
@Path("/internal/subjects/{customerId}")
@RolesAllowed(Roles.DSR_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject requests", description = "For the gateway's DSR coordinator only")
public class SubjectResource {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ErasureDto(String service, String customerId, String outcome, String reason) {
    }

    static final String HOLDS_UNAVAILABLE = "The legal-hold service cannot be reached; nothing was erased, try again later";

    private final ConsentService consents;
    private final LegalHoldClient legalHolds;
    private final ConsentConfig config;
    private final SecurityIdentity identity;

    public SubjectResource(ConsentService consents, LegalHoldClient legalHolds, ConsentConfig config, SecurityIdentity identity) {
        this.consents = consents;
        this.legalHolds = legalHolds;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Path("/export")
    @Operation(summary = "Everything held about the subject: consent states, ledger, acknowledgements")
    public SubjectExportDto export(@PathParam("customerId") @Size(max = 255) String customerId) {
        return consents.export(customerId).orElseThrow(() -> ProblemException.notFound("No consent data is held for this subject"));
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Erase the subject's consent data; idempotent",
            description = "outcome erased: nothing is left. outcome suppression-kept: only opt-out (suppression) records and, "
                    + "for three years after the last marketing email, the opt-in proof are kept. outcome blocked-legal-hold: "
                    + "the subject is under a legal hold (reason says which); nothing changed. 503 while the hold service "
                    + "cannot be reached; nothing changed.")
    public ErasureDto erase(@PathParam("customerId") @Size(max = 255) String customerId) {
        Optional<String> hold;
        try {
            hold = legalHolds.holdOn(customerId);
        } catch (RuntimeException e) {
            Log.warnf("Legal holds unavailable (%s); erasure refused for now", e.getClass().getSimpleName());
            throw ProblemException.dependencyUnavailable(HOLDS_UNAVAILABLE, config.legalHolds().retryAfterSeconds());
        }
        if (hold.isPresent()) {
            return new ErasureDto("consent-service", customerId, "blocked-legal-hold", hold.get());
        }
        return new ErasureDto("consent-service", customerId,
                consents.erase(customerId, Roles.DSR_COORDINATOR + ":" + identity.getPrincipal().getName()), null);
    }
}
