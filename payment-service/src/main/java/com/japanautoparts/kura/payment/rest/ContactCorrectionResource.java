package com.japanautoparts.kura.payment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.api.ContactCorrectedDto;
import com.japanautoparts.kura.payment.api.ContactCorrectionDto;
import com.japanautoparts.kura.payment.api.Examples;
import com.japanautoparts.kura.payment.service.ContactCorrections;

/** contact-service passes a customer's corrected contact data on to their orders not yet shipped (its outbox). */
@Path("/internal/customers/{customerId}/contact")
@RolesAllowed(Roles.CONTACT_CORRECTOR)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Internal: contact corrections", description = "For contact-service only")
public class ContactCorrectionResource {

    private final ContactCorrections corrections;

    public ContactCorrectionResource(ContactCorrections corrections) {
        this.corrections = corrections;
    }

    @PUT
    @Operation(summary = "The customer's corrected contact data, for their orders not yet shipped",
            description = "Placed and paid orders get the corrected snapshot (the shipping address kept when none is sent); "
                    + "shipped, delivered, cancelled and refunded orders keep theirs. Idempotent: a correction not newer "
                    + "than the one an order holds (asOf) changes nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "correction", value = Examples.CONTACT_CORRECTION)))
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "updated", value = "{\"ordersUpdated\": 1}")))
    @APIResponse(responseCode = "400", description = "Malformed body, an unknown field or an invalid value; nothing changes")
    public ContactCorrectedDto correct(@PathParam("customerId") @CustomerId String customerId,
            @NotNull @Valid ContactCorrectionDto correction) {
        return new ContactCorrectedDto(corrections.correct(customerId, correction));
    }
}
