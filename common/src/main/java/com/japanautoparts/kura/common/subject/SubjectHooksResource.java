package com.japanautoparts.kura.common.subject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.idempotency.IdempotencyKeys;
import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.legalhold.LegalHoldCheck;
import com.japanautoparts.kura.common.legalhold.SubjectHolds;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.logging.Log;

/**
 * The data-subject hooks of every service, for the gateway's DSR coordinator: the service's {@link SubjectData}
 * behind one legal-hold check. A held subject's erasure changes nothing and says why, in the hold's words; when the
 * holds cannot be read, 503 and nothing changes. The one module that makes these calls and never receives them, the
 * gateway, builds without them ({@code kura.subject-hooks.enabled=false}, a build-time property) and so declares no
 * {@link SubjectData}. A malformed customer id is a 400 before anything else: it never reaches the legal-hold check, so
 * it can never open that check's circuit breaker.
 */
@Path("/internal/subjects/{customerId}")
@UnlessBuildProperty(name = "kura.subject-hooks.enabled", stringValue = "false", enableIfMissing = true)
@RolesAllowed(Roles.DSR_COORDINATOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: data-subject requests", description = "For the gateway's DSR coordinator only")
public class SubjectHooksResource {

    private final SubjectData data;
    private final LegalHoldCheck legalHolds;
    private final IdempotencyKeys idempotencyKeys;
    private final String service;

    public SubjectHooksResource(SubjectData data, LegalHoldCheck legalHolds, IdempotencyKeys idempotencyKeys, Config config) {
        this.data = data;
        this.legalHolds = legalHolds;
        this.idempotencyKeys = idempotencyKeys;
        this.service = config.getValue("quarkus.application.name", String.class);
    }

    @GET
    @Path("/export")
    @Operation(summary = "Everything this service holds about the subject; 404 when it holds nothing")
    public Object export(@PathParam("customerId") @CustomerId String customerId) {
        Object export = data.export(customerId).orElseThrow(() -> ProblemException.notFound("No data about this subject is held here"));
        // Never the subject: the request id and trace id of the line tie it to the data-subject request.
        Log.info("Export hook answered");
        return export;
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Erase what this service holds about the subject; idempotent",
            description = "outcome: erased, pseudonymised, suppression-kept, retained-legal-obligation or nothing-held, with "
                    + "what is kept by law and why (retained); blocked-legal-hold with the customer-facing reason when a legal "
                    + "hold stands (nothing changed). 503 while the legal holds cannot be read (nothing changed).")
    public ErasureAnswer erase(@PathParam("customerId") @CustomerId String customerId) {
        SubjectHolds holds = legalHolds.of(customerId);
        if (holds.held()) {
            Log.infof("Erasure blocked by %d legal hold(s)", holds.holds().size());
            return ErasureAnswer.blocked(service, holds.customerReason());
        }
        ErasureAnswer answer = ErasureAnswer.of(service, data.erase(customerId));
        Log.infof("Erasure hook answered: %s", answer.outcome());
        // The keys of the subject's writes go too: what a replay would answer is no longer theirs to keep.
        idempotencyKeys.forget(customerId);
        return answer;
    }
}
