package com.japanautoparts.kura.consent.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.input.PurposeKey;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.ConsentPurposeDto;
import com.japanautoparts.kura.consent.api.Examples;
import com.japanautoparts.kura.consent.service.ConsentPurposeService;

/** The purposes a customer can consent to (consent purposes), with their legal basis. */
@Path("/purposes")
@RolesAllowed({ Roles.CUSTOMER, Roles.STOREFRONT, Roles.PRIVACY_OFFICER })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Purposes", description = "The registry of consent purposes")
public class ConsentPurposeResource {

    private final ConsentPurposeService purposes;

    public ConsentPurposeResource(ConsentPurposeService purposes) {
        this.purposes = purposes;
    }

    @GET
    @Operation(summary = "Every purpose, with description, legal basis and whether it is a sale or sharing")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "purposes", value = Examples.PURPOSES)))
    public List<ConsentPurposeDto> list() {
        return purposes.list();
    }

    @GET
    @Path("/{key}")
    @Operation(summary = "One purpose")
    @APIResponse(responseCode = "404", description = "No such purpose")
    public ConsentPurposeDto get(@PathParam("key") @PurposeKey String key) {
        return purposes.find(key).orElseThrow(() -> ProblemException.notFound("No such purpose"));
    }
}
