package com.japanautoparts.kura.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.japanautoparts.kura.web.security.WebRoles;
import com.japanautoparts.kura.web.service.AccessReport;
import com.japanautoparts.kura.web.view.AccessLog;
import com.japanautoparts.kura.web.view.Page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * "Who at the store looked at my data" (the customer's access log), a page of the privacy center beside "who received
 * my data" ({@link PrivacyResource#recipients()}). Thin: {@link AccessReport} makes the view.
 */
@Path("/privacy/access-log")
@RolesAllowed(WebRoles.CUSTOMER)
@Produces(MediaType.TEXT_HTML)
public class PrivacyAccessResource {

    @CheckedTemplate(basePath = "privacy")
    static class Templates {
        static native TemplateInstance accessLog(Page page, AccessLog view);
    }

    private final AccessReport report;
    private final PageContext ctx;

    public PrivacyAccessResource(AccessReport report, PageContext ctx) {
        this.report = report;
        this.ctx = ctx;
    }

    @GET
    public TemplateInstance accessLog() {
        return ctx.render(Templates.accessLog(ctx.page(PageContext.PRIVACY, ctx.msg().title_access_log()),
                report.accessLog(ctx.words(), ctx.access())));
    }
}
