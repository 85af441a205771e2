package com.japanautoparts.kura.consent.rest;

import java.util.Objects;
import java.util.stream.Collectors;

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
import com.japanautoparts.kura.consent.service.ConsentService;
import com.japanautoparts.kura.legalhold.LegalHolds;

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

    private final ConsentService consents;
    private final LegalHolds legalHolds;
    private final SecurityIdentity identity;

    public SubjectResource(ConsentService consents, LegalHolds legalHolds, SecurityIdentity identity) {
        this.consents = consents;
        this.legalHolds = legalHolds;
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
        LegalHolds.SubjectHolds holds = legalHolds.of(customerId);
        if (holds.held()) {
            String reason = holds.holds().stream().map(h -> h.description() != null ? h.description() : h.reason())
                    .filter(Objects::nonNull).collect(Collectors.joining("; "));
            return new ErasureDto("consent-service", customerId, "blocked-legal-hold", reason.isEmpty() ? "legal hold" : reason);
        }
        return new ErasureDto("consent-service", customerId,
                consents.erase(customerId, Roles.DSR_COORDINATOR + ":" + identity.getPrincipal().getName()), null);
    }
}
