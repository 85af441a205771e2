package com.japanautoparts.kura.contact.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.contact.api.AccessDto;
import com.japanautoparts.kura.contact.api.ChangeDto;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.EmailDto;
import com.japanautoparts.kura.contact.api.VerificationDto;
import com.japanautoparts.kura.contact.api.Examples;
import com.japanautoparts.kura.contact.service.AccessLog;
import com.japanautoparts.kura.contact.service.ContactService;
import com.japanautoparts.kura.contact.service.EmailVerifications;

/** A customer's own contact data; the customer is always the token's subject, never a URL part. */
@Path("/contacts/me")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My contact data", description = "Access, correct and remove your own contact data")
public class MyContactResource {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    private static final String SELF = "customer";

    private final ContactService contacts;
    private final AccessLog accessLog;
    private final Caller caller;
    private final EmailVerifications verifications;

    public MyContactResource(ContactService contacts, AccessLog accessLog, Caller caller, EmailVerifications verifications) {
        this.contacts = contacts;
        this.accessLog = accessLog;
        this.caller = caller;
        this.verifications = verifications;
    }

    @GET
    @Operation(summary = "Read all contact data held about me")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "contact", value = Examples.CONTACT)))
    @APIResponse(responseCode = "404", description = "No contact data is held for you")
    public ContactDto read() {
        return contacts.find(caller.subject()).orElseThrow(MyContactResource::nothingHeld);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace all my contact data", description = "Every field is optional.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "contact", value = Examples.CONTACT)))
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", content = @Content(mediaType = Problem.MEDIA_TYPE,
            examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM)))
    public Response replace(@NotNull @Valid ContactDto contact, UriInfo uriInfo) {
        return respond(contacts.replace(caller.subject(), contact, SELF), uriInfo);
    }

    @PATCH
    @Consumes({ MERGE_PATCH_JSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change part of my contact data",
            description = "RFC 7396 JSON merge patch: members sent replace, null removes, lists are replaced whole.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH_JSON,
            examples = @ExampleObject(name = "patch", value = Examples.MERGE_PATCH)))
    @APIResponse(responseCode = "200", description = "Changed")
    public Response patch(@NotNull JsonNode mergePatch, UriInfo uriInfo) throws JsonProcessingException {
        return respond(contacts.patch(caller.subject(), mergePatch, SELF), uriInfo);
    }

    @DELETE
    @Operation(summary = "Remove all my contact data", description = "Hard delete, history included. Repeating it is harmless.")
    @APIResponse(responseCode = "204", description = "Nothing is held any more")
    @APIResponse(responseCode = "409", description = "A legal hold keeps the data for now; the detail gives its reason")
    @APIResponse(responseCode = "503", description = "Legal holds cannot be checked right now; nothing was removed")
    public void remove() {
        contacts.remove(caller.subject());
    }

    @GET
    @Path("/history")
    @Operation(summary = "Read the change history of my contact data", description = "Which field changed, how, when and by whom; never the values.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "history", value = Examples.HISTORY)))
    public List<ChangeDto> history() {
        return contacts.history(caller.subject()).orElseThrow(MyContactResource::nothingHeld);
    }

    @GET
    @Path("/access-log")
    @Operation(summary = "Who at the store read my contact data",
            description = "Every read by someone other than me, newest first (at most 500): when, which system (reader), for whom "
                    + "(onBehalfOf: staff, or an exception case), why (purpose: checkout, lookup, support, delivery, payment, "
                    + "access-request) and which categories; never the values. A read appears within about a second. Third "
                    + "parties that received my data are in GET /disclosures/me.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "access log", value = Examples.ACCESS_LOG)))
    public List<AccessDto> accessLog() {
        return accessLog.of(caller.subject());
    }

    @POST
    @Path("/emails/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Prove one of my email addresses with the code mailed to it",
            description = "The storefront asks for the code (POST /contacts/{customerId}/emails/verification) and mails it. "
                    + "A verified address is found by the storefront's look-up and belongs to me alone.")
    @APIResponse(responseCode = "200", description = "Verified")
    @APIResponse(responseCode = "404", description = "No code was issued for this address, or I hold no such address")
    @APIResponse(responseCode = "409", description = "Another customer has verified this address")
    @APIResponse(responseCode = "410", description = "The code has expired")
    @APIResponse(responseCode = "422", description = "The code is wrong")
    @APIResponse(responseCode = "429", description = "Too many wrong codes: ask for a new one")
    public EmailDto verify(@NotNull @Valid VerificationDto verification) {
        return verifications.verify(caller.subject(), verification.email(), verification.code());
    }

    private static Response respond(ContactService.Saved saved, UriInfo uriInfo) {
        return saved.created()
                ? Response.created(uriInfo.getAbsolutePathBuilder().build()).entity(saved.contact()).build()
                : Response.ok(saved.contact()).build();
    }

    private static ProblemException nothingHeld() {
        return ProblemException.notFound("No contact data is held for you");
    }
}
