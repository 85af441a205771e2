package com.japanautoparts.kura.clickstream.rest;

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

import com.japanautoparts.kura.clickstream.api.AffiliateDto;
import com.japanautoparts.kura.clickstream.api.Examples;
import com.japanautoparts.kura.clickstream.api.StatementDto;
import com.japanautoparts.kura.clickstream.config.ClickstreamConfig;
import com.japanautoparts.kura.clickstream.service.AffiliateService;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;

/**
 * An affiliate's own data. Which affiliate is decided by the token (the configured claim, azp by default,
 * matched to the affiliate's client id), never by the URL.
 */
@Path("/clickstream/affiliates/me")
@RolesAllowed(Roles.AFFILIATE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My affiliate account", description = "For affiliates: their own rate and statements, as aggregates")
public class MyAffiliateResource {

    private final AffiliateService affiliates;
    private final Caller caller;
    private final ClickstreamConfig config;

    public MyAffiliateResource(AffiliateService affiliates, Caller caller, ClickstreamConfig config) {
        this.affiliates = affiliates;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Operation(summary = "My affiliate account")
    public AffiliateDto read() {
        return me();
    }

    @GET
    @Path("/statements/{month}")
    @Operation(summary = "My monthly statement",
            description = "Aggregates only; cells of fewer than 5 conversions are not broken down, and a currency's line of fewer "
                    + "than 5 conversions (the current month too) shows no amounts (amountsWithheld): they would be single orders' totals.")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "statement", value = Examples.MY_STATEMENT)))
    public StatementDto statement(@PathParam("month") String month) {
        return affiliates.statement(me().code(), AffiliateResource.month(month)).map(StatementDto::forAffiliate)
                .orElseThrow(MyAffiliateResource::unknown);
    }

    private AffiliateDto me() {
        return caller.claim(config.affiliate().identityClaim()).flatMap(affiliates::findByClientId)
                .orElseThrow(MyAffiliateResource::unknown);
    }

    private static ProblemException unknown() {
        return ProblemException.notFound("Your token is not linked to an affiliate");
    }
}
