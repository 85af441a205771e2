package com.japanautoparts.kura.consent.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.consent.api.Examples;
import com.japanautoparts.kura.consent.api.Patterns;
import com.japanautoparts.kura.consent.api.PendingAcknowledgementsDto;
import com.japanautoparts.kura.consent.api.PolicyDto;
import com.japanautoparts.kura.consent.api.PolicyPublicationDto;
import com.japanautoparts.kura.consent.service.PolicyService;

/** Privacy policy versions: published by the privacy officer, acknowledged by customers. */
@Path("/policies")
@RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.CUSTOMER, Roles.STOREFRONT })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policies", description = "Privacy policy versions, their effective dates and acknowledgements")
public class PolicyResource {

    private final PolicyService policies;
    private final Caller caller;

    public PolicyResource(PolicyService policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a policy version", description = "Published versions never change; the effective date may not lie in the past.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "version", value = Examples.PUBLICATION)))
    @APIResponse(responseCode = "201", description = "Published")
    @APIResponse(responseCode = "409", description = "This version id is already published")
    public Response publish(@NotNull @Valid PolicyPublicationDto publication, UriInfo uriInfo) {
        // Built before anything is stored: a response that cannot be built must not follow a committed write.
        URI location = uriInfo.getAbsolutePathBuilder().path(publication.version()).build();
        PolicyDto published = policies.publish(publication, caller.actingAs(Roles.PRIVACY_OFFICER));
        return Response.created(location).entity(published).build();
    }

    @GET
    @Operation(summary = "Every published version, by effective date")
    public List<PolicyDto> list() {
        return policies.list();
    }

    /**
     * The one public endpoint besides health, metrics and OpenAPI: the policy in force is published to the world
     * (APPI Art. 21 and 32, GDPR Art. 13 make it public information), and the storefront shows its version and
     * effective date to visitors who are not signed in. It reveals nothing about any customer.
     */
    @GET
    @Path("/current")
    @PermitAll
    @Operation(summary = "The version in force today (public)")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "current", value = Examples.POLICY)))
    @APIResponse(responseCode = "404", description = "No version is in force yet")
    public PolicyDto current() {
        return policies.current().orElseThrow(PolicyResource::noneInForce);
    }

    @GET
    @Path("/current/unacknowledged")
    @RolesAllowed({ Roles.PRIVACY_OFFICER, Roles.STOREFRONT })
    @Operation(summary = "Customers who have not yet acknowledged the version in force, for the policy-change notice",
            description = "Customers this service knows (from a consent, acknowledgement or marketing email), ordered by id, paged.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "page", value = Examples.PENDING)))
    @APIResponse(responseCode = "404", description = "No version is in force yet")
    public PendingAcknowledgementsDto unacknowledged(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return policies.pending(page, size).orElseThrow(PolicyResource::noneInForce);
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One published version")
    @APIResponse(responseCode = "404", description = "No such version")
    public PolicyDto get(@PathParam("version") @Size(max = 40) @Pattern(regexp = Patterns.VERSION, message = Patterns.VERSION_MESSAGE) String version) {
        return policies.find(version).orElseThrow(PolicyResource::noSuchVersion);
    }

    @POST
    @Path("/{version}/acknowledgement")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "I have seen this policy version", description = "'current' names the version in force. Repeating it is harmless.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "200", description = "Already acknowledged; the first acknowledgement stands")
    @APIResponse(responseCode = "404", description = "No such version")
    public Response acknowledge(@PathParam("version") @Size(max = 40) @Pattern(regexp = Patterns.VERSION, message = Patterns.VERSION_MESSAGE) String version) {
        PolicyService.Acknowledged acknowledged = policies.acknowledge(caller.subject(), version)
                .orElseThrow(PolicyResource::noSuchVersion);
        return Response.status(acknowledged.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(acknowledged.acknowledgement()).build();
    }

    private static ProblemException noneInForce() {
        return ProblemException.notFound("No policy version is in force yet");
    }

    private static ProblemException noSuchVersion() {
        return ProblemException.notFound("No such policy version");
    }
}
