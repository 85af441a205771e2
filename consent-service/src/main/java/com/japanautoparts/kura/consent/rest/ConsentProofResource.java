package com.japanautoparts.kura.consent.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.ConsentProofDto;
import com.japanautoparts.kura.consent.service.ConsentChain;

/** A customer's proof of one of their own consent records; another customer's record is a 404, like a missing one. */
@Path("/consents/me/proofs")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My consents", description = "Grant, withdraw and review your own consents")
public class ConsentProofResource {

    private final ConsentChain chain;
    private final Caller caller;

    public ConsentProofResource(ConsentChain chain, Caller caller) {
        this.chain = chain;
        this.caller = caller;
    }

    @GET
    @Path("/{recordId}")
    @Operation(summary = "Proof that my consent record is in the ledger as recorded, up to a signed checkpoint",
            description = "The record's fields and salt, its chain link, the links after it up to the first signed checkpoint that"
                    + " covers it, that checkpoint and its public key: checkable with SHA-256 and Ed25519 alone (howToCheck).")
    public ConsentProofDto proof(@PathParam("recordId") long recordId) {
        return chain.proof(caller.subject(), recordId).orElseThrow(() -> ProblemException.notFound("No such consent record of yours"));
    }
}
