package com.japanautoparts.kura.clickstream.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import com.japanautoparts.kura.clickstream.api.AffiliateDto;
import com.japanautoparts.kura.clickstream.api.AffiliateRequestDto;
import com.japanautoparts.kura.clickstream.api.Examples;
import com.japanautoparts.kura.clickstream.api.StatementDto;
import com.japanautoparts.kura.clickstream.service.AffiliateService;
import com.japanautoparts.kura.common.input.TimeBounds;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Roles;

/** Affiliates and their commission rates, managed by staff or the privacy officer. */
@Path("/clickstream/affiliates")
@RolesAllowed({ Roles.STAFF, Roles.PRIVACY_OFFICER })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Affiliates", description = "Commission rates and monthly statements")
public class AffiliateResource {

    /** Affiliate codes; "me" is taken by the affiliates' own endpoints. */
    static final String CODE = "^(?!me$)[A-Za-z0-9_-]{1,64}$";

    private final AffiliateService affiliates;

    public AffiliateResource(AffiliateService affiliates) {
        this.affiliates = affiliates;
    }

    @GET
    @Operation(summary = "Every affiliate")
    public List<AffiliateDto> list() {
        return affiliates.list();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One affiliate")
    public AffiliateDto read(@PathParam("code") @Pattern(regexp = CODE) String code) {
        return affiliates.find(code).orElseThrow(AffiliateResource::noSuchAffiliate);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or change an affiliate", description = "A new commission rate applies to conversions from now on.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "affiliate", value = Examples.AFFILIATE)))
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The client id belongs to another affiliate")
    public Response put(@PathParam("code") @Pattern(regexp = CODE) String code, @NotNull @Valid AffiliateRequestDto request,
            UriInfo uriInfo) {
        AffiliateService.Saved saved = affiliates.put(code, request);
        return saved.created()
                ? Response.created(uriInfo.getAbsolutePathBuilder().build()).entity(saved.affiliate()).build()
                : Response.ok(saved.affiliate()).build();
    }

    @GET
    @Path("/{code}/statements/{month}")
    @Operation(summary = "An affiliate's monthly statement", description = "Aggregates only; cells of fewer than 5 conversions are not broken down.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "statement", value = Examples.STATEMENT)))
    public StatementDto statement(@PathParam("code") @Pattern(regexp = CODE) String code, @PathParam("month") String month) {
        return affiliates.statement(code, month(month)).orElseThrow(AffiliateResource::noSuchAffiliate);
    }

    static YearMonth month(String value) {
        try {
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                if (TimeBounds.contains(month)) {
                    return month;
                }
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.badRequest("Path parameter 'month' must be YYYY-MM");
    }

    private static ProblemException noSuchAffiliate() {
        return ProblemException.notFound("No such affiliate");
    }
}
