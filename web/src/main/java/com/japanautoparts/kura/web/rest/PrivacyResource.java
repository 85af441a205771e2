package com.japanautoparts.kura.web.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import com.japanautoparts.kura.web.client.ApiException;
import com.japanautoparts.kura.web.security.WebRoles;
import com.japanautoparts.kura.web.service.ContactEditor;
import com.japanautoparts.kura.web.service.PrivacyCenter;
import com.japanautoparts.kura.web.view.Page;
import com.japanautoparts.kura.web.view.Privacy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The privacy center (customers): my data, my consents, who received my data, my requests, the policy. Thin: each page
 * asks {@link PrivacyCenter} for its view; each form calls it and redirects back with a notice (Post/Redirect/Get), or
 * shows the page again with the service's refusal.
 */
@Path("/privacy")
@RolesAllowed(WebRoles.CUSTOMER)
@Produces(MediaType.TEXT_HTML)
public class PrivacyResource {

    /** Ids the pages put in links: request UUIDs; anything else is not found, never passed on. */
    private static final Pattern REQUEST_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String AGENT_UNSAFE = "\\p{Cntrl}";

    @CheckedTemplate(basePath = "privacy")
    static class Templates {
        static native TemplateInstance overview(Page page, Privacy.Overview view);

        static native TemplateInstance data(Page page, Privacy.MyData view);

        static native TemplateInstance consents(Page page, Privacy.Consents view);

        static native TemplateInstance recipients(Page page, Privacy.Recipients view);

        static native TemplateInstance requests(Page page, Privacy.Requests view);

        static native TemplateInstance request(Page page, Privacy.RequestView view);

        static native TemplateInstance policy(Page page, Privacy.PolicyPage view);
    }

    private final PrivacyCenter center;
    private final PageContext ctx;

    public PrivacyResource(PrivacyCenter center, PageContext ctx) {
        this.center = center;
        this.ctx = ctx;
    }

    @GET
    public TemplateInstance overview() {
        return ctx.render(Templates.overview(page(ctx.msg().title_privacy()), center.overview(ctx.words())));
    }

    // ---------------------------------------------------------------- my data

    @GET
    @Path("/data")
    public TemplateInstance data() {
        return dataPage(null);
    }

    private TemplateInstance dataPage(Page.Notice notice) {
        return ctx.render(Templates.data(page(ctx.msg().title_my_data()).withNotice(notice), center.data(ctx.words())));
    }

    @POST
    @Path("/data/name")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveName(@RestForm String fingerprint, @RestForm String family, @RestForm String given) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("family", family);
        form.put("given", given);
        return contactChange(() -> center.saveName(fingerprint, form), "saved");
    }

    @POST
    @Path("/data/addresses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAddress(@RestForm String type, @RestForm String country, @RestForm String postalCode,
            @RestForm String region, @RestForm String locality, @RestForm String line1, @RestForm String line2) {
        Map<String, String> form = address(type, country, postalCode, region, locality, line1, line2);
        return contactChange(() -> center.saveEntry("addresses", null, null, form), "saved");
    }

    @POST
    @Path("/data/addresses/{index}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveAddress(@RestPath int index, @RestForm String fingerprint, @RestForm String type,
            @RestForm String country, @RestForm String postalCode, @RestForm String region, @RestForm String locality,
            @RestForm String line1, @RestForm String line2) {
        Map<String, String> form = address(type, country, postalCode, region, locality, line1, line2);
        return contactChange(() -> center.saveEntry("addresses", index, fingerprint, form), "saved");
    }

    private static Map<String, String> address(String type, String country, String postalCode, String region,
            String locality, String line1, String line2) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", type);
        form.put("country", country == null || country.isBlank() ? "JP" : country.strip().toUpperCase(java.util.Locale.ROOT));
        form.put("postalCode", postalCode);
        form.put("region", region);
        form.put("locality", locality);
        form.put("line1", line1);
        form.put("line2", line2);
        return form;
    }

    @POST
    @Path("/data/phones")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addPhone(@RestForm String type, @RestForm String number) {
        return contactChange(() -> center.saveEntry("phones", null, null, Map.of("type", nz(type), "number", nz(number))), "saved");
    }

    @POST
    @Path("/data/phones/{index}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePhone(@RestPath int index, @RestForm String fingerprint, @RestForm String type, @RestForm String number) {
        return contactChange(() -> center.saveEntry("phones", index, fingerprint, Map.of("type", nz(type), "number", nz(number))),
                "saved");
    }

    @POST
    @Path("/data/emails")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addEmail(@RestForm String address) {
        return contactChange(() -> center.saveEntry("emails", null, null, Map.of("address", nz(address))), "saved");
    }

    @POST
    @Path("/data/emails/{index}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveEmail(@RestPath int index, @RestForm String fingerprint, @RestForm String address) {
        return contactChange(() -> center.saveEntry("emails", index, fingerprint, Map.of("address", nz(address))), "saved");
    }

    @POST
    @Path("/data/{list}/{index}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeEntry(@RestPath String list, @RestPath int index, @RestForm String fingerprint) {
        if (!ContactEditor.FIELDS.containsKey(list)) {
            throw new NotFoundException();
        }
        return contactChange(() -> center.removeEntry(list, index, fingerprint), "removed");
    }

    /** Removes all my contact data: only with the box ticked that says I understand. */
    @POST
    @Path("/data/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeAll(@RestForm String confirm) {
        if (!"yes".equals(confirm)) {
            return refused(dataPage(Page.Notice.refused(ctx.msg().refused_confirm(), null)), 422);
        }
        return contactChange(center::removeAll, "removed");
    }

    private Response contactChange(Runnable change, String done) {
        try {
            change.run();
        } catch (ContactEditor.StaleEditException e) {
            return refused(dataPage(Page.Notice.refused(ctx.msg().refused_stale(), null)), 409);
        } catch (ApiException e) {
            if (!e.refusal()) {
                throw e;
            }
            return refused(dataPage(Notices.refusal(e, ctx.msg())), e.status());
        }
        return back("/privacy/data", done);
    }

    // ---------------------------------------------------------------- consents

    @GET
    @Path("/consents")
    public TemplateInstance consents() {
        return consentsPage(null);
    }

    private TemplateInstance consentsPage(Page.Notice notice) {
        return ctx.render(Templates.consents(page(ctx.msg().title_consents()).withNotice(notice), center.consents(ctx.words())));
    }

    @POST
    @Path("/consents/{purpose}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(@RestPath String purpose, @RestPath String action,
            @RestHeader(HttpHeaders.USER_AGENT) String userAgent) {
        boolean grant = "grant".equals(action);
        if (!(grant || "withdraw".equals(action)) || !SLUG.matcher(purpose).matches() || !center.knownPurpose(purpose)) {
            throw new NotFoundException();
        }
        String agent = userAgent == null ? null : userAgent.replaceAll(AGENT_UNSAFE, "");
        agent = agent == null || agent.isBlank() ? null : agent.substring(0, Math.min(agent.length(), 512));
        try {
            if (grant) {
                center.grant(purpose, agent);
            } else {
                center.withdraw(purpose, agent);
            }
        } catch (ApiException e) {
            if (!e.refusal()) {
                throw e;
            }
            return refused(consentsPage(Notices.refusal(e, ctx.msg())), e.status());
        }
        return back("/privacy/consents", grant ? "granted" : "withdrawn");
    }

    // ---------------------------------------------------------------- who received my data

    @GET
    @Path("/recipients")
    public TemplateInstance recipients() {
        return ctx.render(Templates.recipients(page(ctx.msg().title_recipients()), center.recipients(ctx.words())));
    }

    // ---------------------------------------------------------------- my requests

    @GET
    @Path("/requests")
    public TemplateInstance requests() {
        return requestsPage(null);
    }

    private TemplateInstance requestsPage(Page.Notice notice) {
        return ctx.render(Templates.requests(page(ctx.msg().title_requests()).withNotice(notice), center.requests(ctx.words())));
    }

    /** Files an access or erasure request; an erasure only with the box ticked that says I understand. */
    @POST
    @Path("/requests")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@RestForm String type, @RestForm String confirm) {
        if (!"access".equals(type) && !"erasure".equals(type)) {
            return refused(requestsPage(Page.Notice.refused(ctx.msg().refused_form(), null)), 422);
        }
        if ("erasure".equals(type) && !"yes".equals(confirm)) {
            return refused(requestsPage(Page.Notice.refused(ctx.msg().refused_confirm(), null)), 422);
        }
        String id;
        try {
            id = center.file(type).id();
        } catch (ApiException e) {
            if (!e.refusal()) {
                throw e;
            }
            return refused(requestsPage(Notices.refusal(e, ctx.msg())), e.status());
        }
        return REQUEST_ID.matcher(String.valueOf(id)).matches() ? back("/privacy/requests/" + id, "filed")
                : back("/privacy/requests", "filed");
    }

    @GET
    @Path("/requests/{id}")
    public TemplateInstance request(@RestPath String id) {
        requireRequestId(id);
        Privacy.RequestView view = center.request(id, ctx.words()).orElseThrow(NotFoundException::new);
        return ctx.render(Templates.request(page(ctx.msg().title_request()), view));
    }

    /**
     * The export of my finished access request, as the file the gateway made (JSON), passed on to the browser as it
     * arrives: never held whole here. The gateway's status is known before any byte is sent, so a 410 still answers with
     * the request's page.
     */
    @GET
    @Path("/requests/{id}/export")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    public Response export(@RestPath String id) {
        requireRequestId(id);
        InputStream export;
        try {
            export = center.export(id);
        } catch (ApiException e) {
            // 410: the download window ended (or an erasure request deleted the export): the request's page says so.
            if (e.status() != 410) {
                throw e;
            }
            Privacy.RequestView view = center.request(id, ctx.words()).orElseThrow(NotFoundException::new);
            return refused(Templates.request(page(ctx.msg().title_request())
                    .withNotice(Page.Notice.refused(ctx.access().export_expired(), null)), view), 410);
        }
        StreamingOutput download = out -> {
            try (InputStream in = export) {
                in.transferTo(out);
            }
        };
        return Response.ok(download, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"kura-export-" + id + ".json\"")
                .build();
    }

    private static void requireRequestId(String id) {
        if (id == null || !REQUEST_ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
    }

    // ---------------------------------------------------------------- the policy

    @GET
    @Path("/policy")
    public TemplateInstance policy() {
        return ctx.render(Templates.policy(page(ctx.msg().title_policy()), center.policy(ctx.words())));
    }

    @POST
    @Path("/policy/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge() {
        center.acknowledge();
        return back("/privacy/policy", "acknowledged");
    }

    // ---------------------------------------------------------------- helpers

    private Page page(String title) {
        return ctx.page(PageContext.PRIVACY, title);
    }


    static Response refused(TemplateInstance page, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    static Response back(String path, String done) {
        return Response.seeOther(URI.create(path + "?done=" + done)).build();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
