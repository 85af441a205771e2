package com.japanautoparts.kura.web.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.japanautoparts.kura.web.client.ApiException;
import com.japanautoparts.kura.web.client.CustomerClient;
import com.japanautoparts.kura.web.view.Page;
import com.japanautoparts.kura.web.view.Privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public start page: what the privacy center is, the policy in force, where to sign in. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class StartResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Page page, Privacy.Start view);
    }

    private final CustomerClient api;
    private final PageContext ctx;

    public StartResource(CustomerClient api, PageContext ctx) {
        this.api = api;
        this.ctx = ctx;
    }

    @GET
    public TemplateInstance start() {
        Privacy.PolicyView policy;
        try {
            // Public information (the gateway and consent-service answer it without a token).
            policy = api.currentPolicy()
                    .map(p -> new Privacy.PolicyView(p.version(), ctx.formats().date(p.effectiveDate()), p.summary()))
                    .orElse(null);
        } catch (ApiException e) {
            // The start page stands without it.
            policy = null;
        }
        Privacy.Start view = new Privacy.Start(ctx.customer(), ctx.officer() || ctx.staff(), policy);
        return ctx.render(Templates.start(ctx.page(PageContext.START, ctx.msg().title_start()), view));
    }
}
