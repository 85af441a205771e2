package com.japanautoparts.kura.disclosure.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import com.japanautoparts.kura.common.input.PurposeKey;
import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.DisclosureDto;
import com.japanautoparts.kura.disclosure.api.Examples;
import com.japanautoparts.kura.disclosure.api.SupportRequestDto;
import com.japanautoparts.kura.disclosure.service.BrokerService;

/**
 * The broker: third parties and staff get personal data only here, one order or customer at a
 * time, after the need-to-know rule matched and the ledger row was committed.
 */
@Path("/disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CARRIER, Roles.PAYMENT_PROCESSOR, Roles.AFFILIATE, Roles.STAFF })
@Tag(name = "Disclosures", description = "Need-to-know data for carriers, payment processors and staff, recorded before release")
public class BrokerResource {

    private final BrokerService broker;
    private final Caller caller;

    public BrokerResource(BrokerService broker, Caller caller) {
        this.broker = broker;
        this.caller = caller;
    }

    @GET
    @Path("/orders/{orderId}/{purpose}")
    @RolesAllowed({ Roles.CARRIER, Roles.PAYMENT_PROCESSOR, Roles.AFFILIATE })
    @Operation(summary = "One order's data for a purpose (delivery for carriers, payment for payment processors)",
            description = "The caller is the recipient whose OIDC client id is the token's azp. The contact data is the one the "
                    + "order was placed with. An order assigned to someone else, or outside the rule's disclosure window, answers "
                    + "404 like a missing one. Requests are limited per client (429 with Retry-After).")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "delivery", value = Examples.DELIVERY)))
    @APIResponse(responseCode = "400", description = "The order id is no order's id (a lower-case UUID); nothing was asked upstream")
    @APIResponse(responseCode = "403", description = "Not a registered active recipient, or no rule for this purpose")
    @APIResponse(responseCode = "404", description = "No such order or purpose, not assigned to the caller, or outside the disclosure window")
    @APIResponse(responseCode = "429", description = "Too many requests from this client; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "An owning service or the ledger is unavailable: nothing was released",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DisclosureDto order(
            // Checked by the broker itself before anything else (400 problem, no upstream call): a malformed id from a
            // recipient is a refusal counted against it and its rate, as any other.
            @PathParam("orderId") String orderId, @PathParam("purpose") @PurposeKey String purpose) {
        return broker.discloseOrder(caller.clientId(), orderId, purpose);
    }

    @POST
    @Path("/customers/{customerId}/support")
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A customer's support data (name, email) for a staff member, with a stated reason")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reason", value = Examples.SUPPORT_REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "support", value = Examples.SUPPORT)))
    @APIResponse(responseCode = "404", description = "No such customer")
    @APIResponse(responseCode = "429", description = "Too many look-ups by this staff member; see Retry-After")
    public DisclosureDto support(@PathParam("customerId") @CustomerId String customerId, @NotNull @Valid SupportRequestDto request) {
        return broker.discloseSupport(caller.subject(), customerId, request.reason());
    }
}
