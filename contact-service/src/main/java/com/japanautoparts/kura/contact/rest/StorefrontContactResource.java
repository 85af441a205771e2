package com.japanautoparts.kura.contact.rest;

import java.net.URI;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.CheckoutDto;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.CustomerRefDto;
import com.japanautoparts.kura.contact.api.EmailLookupDto;
import com.japanautoparts.kura.contact.api.Examples;
import com.japanautoparts.kura.contact.api.RegistrationDto;
import com.japanautoparts.kura.contact.service.AccessLog;
import com.japanautoparts.kura.contact.service.ContactService;
import com.japanautoparts.kura.contact.service.EmailVerifications;
import com.japanautoparts.kura.contact.api.VerificationRequestDto;

/** The storefront's service account: registration on a customer's behalf and checkout. */
@Path("/contacts")
@RolesAllowed(Roles.STOREFRONT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront", description = "Registration and checkout, for the storefront service account")
public class StorefrontContactResource {

    private final ContactService contacts;
    private final Caller caller;
    private final EmailVerifications verifications;

    public StorefrontContactResource(ContactService contacts, Caller caller, EmailVerifications verifications) {
        this.contacts = contacts;
        this.caller = caller;
        this.verifications = verifications;
    }

    @POST
    @Path("/{customerId}/emails/verification")
    @Operation(summary = "A one-time code for the storefront's mailer to send to one of the customer's unverified addresses",
            description = "Kura sends no mail: the code is returned to the storefront alone, which mails it; contact-service "
                    + "keeps only its keyed hash. It holds for contact.email-verification.ttl (15 minutes) and "
                    + "max-attempts (5) wrong tries; a new code replaces the open one.")
    @APIResponse(responseCode = "201", description = "The code to mail")
    @APIResponse(responseCode = "404", description = "No such customer, or the customer holds no such address")
    @APIResponse(responseCode = "409", description = "The address is verified already (by this or another customer)")
    public Response issueCode(@PathParam("customerId") @CustomerId String customerId,
            @NotNull @Valid VerificationRequestDto request) {
        return Response.status(Response.Status.CREATED).entity(verifications.issue(customerId, request.email())).build();
    }

    @POST
    @Operation(summary = "Register a customer profile on the customer's behalf")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "registration", value = Examples.REGISTRATION)))
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "Already registered")
    public Response register(@NotNull @Valid RegistrationDto registration, UriInfo uriInfo) {
        // Built before anything is stored: a response that cannot be built must not follow a committed write.
        URI location = uriInfo.getAbsolutePathBuilder().path(registration.customerId()).path("checkout").build();
        ContactDto contact = contacts.register(registration.customerId(), registration.contact(), caller.actingAs(Roles.STOREFRONT));
        return Response.created(location).entity(contact).build();
    }

    @GET
    @Path("/{customerId}/checkout")
    @Operation(summary = "What checkout needs: name, shipping and billing address, email, phone",
            description = "Recorded in the customer's access log (reader, purpose checkout, the categories returned).")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "checkout", value = Examples.CHECKOUT)))
    @APIResponse(responseCode = "404", description = "No such customer")
    @APIResponse(responseCode = "503", description = "The access log is full; nothing was read")
    public CheckoutDto checkout(@PathParam("customerId") @CustomerId String customerId) {
        return contacts.checkout(customerId, AccessLog.Reader.of(caller))
                .orElseThrow(() -> ProblemException.notFound("No such customer"));
    }

    @POST
    @Path("/lookup")
    @Operation(summary = "Find a customer by exact email address",
            description = "The address is sent in the body to keep it out of access logs. Recorded in the customer's access log; a look-up that finds nobody is counted for the privacy officer.")
    @APIResponse(responseCode = "200", description = "The customer holding that address")
    @APIResponse(responseCode = "404", description = "No customer holds that address")
    public CustomerRefDto lookup(@NotNull @Valid EmailLookupDto lookup) {
        return contacts.findCustomerIdByEmail(lookup.email(), AccessLog.Reader.of(caller)).map(CustomerRefDto::new)
                .orElseThrow(() -> ProblemException.notFound("No customer holds that email address"));
    }
}
