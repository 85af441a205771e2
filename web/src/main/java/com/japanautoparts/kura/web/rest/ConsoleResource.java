package com.japanautoparts.kura.web.rest;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.japanautoparts.kura.web.client.Api;
import com.japanautoparts.kura.web.client.ApiException;
import com.japanautoparts.kura.web.security.WebRoles;
import com.japanautoparts.kura.web.service.PrivacyOffice;
import com.japanautoparts.kura.web.service.RegistryEditor;
import com.japanautoparts.kura.web.view.Console;
import com.japanautoparts.kura.web.view.Page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The privacy office's console. Privacy officers see everything; staff see the exception cases they opened and may open
 * new ones (the services say so too: this only hides what a role cannot use). Thin, like {@link PrivacyResource}.
 */
@Path("/console")
@RolesAllowed({ WebRoles.PRIVACY_OFFICER, WebRoles.STAFF })
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    @CheckedTemplate(basePath = "console")
    static class Templates {
        static native TemplateInstance overview(Page page, Console.Overview view);

        static native TemplateInstance requests(Page page, Console.Requests view);

        static native TemplateInstance cases(Page page, Console.Cases view);

        static native TemplateInstance exceptionCase(Page page, Console.CaseDetail view);

        static native TemplateInstance holds(Page page, Console.Holds view);

        static native TemplateInstance ledger(Page page, Console.Ledger view);

        static native TemplateInstance retention(Page page, Console.Retention view);

        static native TemplateInstance registry(Page page, Console.Registry view);

        static native TemplateInstance recipient(Page page, Console.RecipientDetail view);

        static native TemplateInstance proposals(Page page, Console.Proposals view);

        static native TemplateInstance activity(Page page, Console.Activity view);
    }

    private final PrivacyOffice office;
    private final PageContext ctx;

    public ConsoleResource(PrivacyOffice office, PageContext ctx) {
        this.office = office;
        this.ctx = ctx;
    }

    @GET
    public TemplateInstance overview() {
        return ctx.render(Templates.overview(page(ctx.msg().title_console()), office.overview(ctx.officer())));
    }

    // ---------------------------------------------------------------- data-subject requests

    @GET
    @Path("/requests")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    public TemplateInstance requests(@RestQuery String show) {
        return ctx.render(Templates.requests(page(ctx.msg().title_office_requests()),
                office.requests(!"all".equals(show), ctx.words())));
    }

    // ---------------------------------------------------------------- exception cases

    @GET
    @Path("/cases")
    public TemplateInstance cases() {
        return casesPage(null);
    }

    private TemplateInstance casesPage(Page.Notice notice) {
        return ctx.render(Templates.cases(page(ctx.msg().title_cases()).withNotice(notice),
                office.cases(ctx.officer(), ctx.subject(), ctx.words())));
    }

    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openCase(@RestForm String type, @RestForm String recipientId, @RestForm String referenceDocument,
            @RestForm String requester, @RestForm String description, @RestForm String subjects,
            @RestForm List<String> dataItems) {
        long id;
        try {
            id = office.openCase(type, recipientId, referenceDocument, requester, description, subjects, dataItems).id();
        } catch (PrivacyOffice.InvalidFormException e) {
            return PrivacyResource.refused(casesPage(Page.Notice.refused(ctx.msg().refused_invalid(), null)), 422);
        } catch (ApiException e) {
            if (!e.refusal() && e.status() != 403) {
                throw e;
            }
            return PrivacyResource.refused(casesPage(Notices.refusal(e, ctx.msg())), e.status());
        }
        return PrivacyResource.back("/console/cases/" + id, "opened");
    }

    @GET
    @Path("/cases/{id}")
    public TemplateInstance exceptionCase(@RestPath long id) {
        return casePage(id, null);
    }

    private TemplateInstance casePage(long id, Page.Notice notice) {
        Console.CaseDetail view = office.caseDetail(id, ctx.officer(), ctx.subject(), ctx.words())
                .orElseThrow(NotFoundException::new);
        return ctx.render(Templates.exceptionCase(page(ctx.msg().title_case(String.valueOf(id))).withNotice(notice), view));
    }

    /** Approve or reject: a privacy officer other than the one who opened the case (disclosure-service enforces it). */
    @POST
    @Path("/cases/{id}/{decision}")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath long id, @RestPath String decision, @RestForm String note) {
        boolean approve = "approve".equals(decision);
        if (!approve && !"reject".equals(decision)) {
            throw new NotFoundException();
        }
        try {
            if (approve) {
                office.approve(id, note);
            } else {
                office.reject(id, note);
            }
        } catch (ApiException e) {
            if (!e.refusal() && e.status() != 403) {
                throw e;
            }
            Page.Notice notice = e.status() == 403 ? Page.Notice.refused(ctx.msg().refused_second_person(), null) : Notices.refusal(e, ctx.msg());
            return PrivacyResource.refused(casePage(id, notice), e.status());
        }
        return PrivacyResource.back("/console/cases/" + id, approve ? "approved" : "rejected");
    }

    /** Collects exactly the approved scope, once, and hands it over as a file; Kura keeps no copy. */
    @POST
    @Path("/cases/{id}/execute")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML })
    public Response execute(@RestPath long id) {
        byte[] pack;
        try {
            pack = office.execute(id);
        } catch (ApiException e) {
            if (!e.refusal() && e.status() != 403) {
                throw e;
            }
            return PrivacyResource.refused(casePage(id, Notices.refusal(e, ctx.msg())), e.status());
        }
        return Response.ok(pack, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"kura-case-" + id + ".json\"")
                .build();
    }

    // ---------------------------------------------------------------- legal holds

    @GET
    @Path("/holds")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    public TemplateInstance holds() {
        return holdsPage(null);
    }

    private TemplateInstance holdsPage(Page.Notice notice) {
        return ctx.render(Templates.holds(page(ctx.msg().title_holds()).withNotice(notice), office.holds(ctx.subject(), ctx.words())));
    }

    @POST
    @Path("/holds")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response placeHold(@RestForm String subjects, @RestForm String reason, @RestForm String description,
            @RestForm String endsOn) {
        try {
            office.placeHold(subjects, reason, description, endsOn);
        } catch (PrivacyOffice.InvalidFormException e) {
            return PrivacyResource.refused(holdsPage(Page.Notice.refused(ctx.msg().refused_invalid(), null)), 422);
        } catch (ApiException e) {
            if (!e.refusal()) {
                throw e;
            }
            return PrivacyResource.refused(holdsPage(Notices.refusal(e, ctx.msg())), e.status());
        }
        return PrivacyResource.back("/console/holds", "placed");
    }

    /** Releasing needs a second privacy officer (disclosure-service enforces it). */
    @POST
    @Path("/holds/{id}/release")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response releaseHold(@RestPath long id) {
        try {
            office.releaseHold(id);
        } catch (ApiException e) {
            if (!e.refusal() && e.status() != 403) {
                throw e;
            }
            Page.Notice notice = e.status() == 403 ? Page.Notice.refused(ctx.msg().refused_second_person(), null) : Notices.refusal(e, ctx.msg());
            return PrivacyResource.refused(holdsPage(notice), e.status());
        }
        return PrivacyResource.back("/console/holds", "released");
    }

    // ---------------------------------------------------------------- ledger, retention, registry

    @GET
    @Path("/ledger")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    public TemplateInstance ledger(@RestQuery String subject) {
        String filter = subject == null || subject.isBlank() || subject.length() > 255 ? null : subject.strip();
        return ctx.render(Templates.ledger(page(ctx.msg().title_ledger()), office.ledger(filter, ctx.words())));
    }

    @GET
    @Path("/retention")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    public TemplateInstance retention() {
        return ctx.render(Templates.retention(page(ctx.msg().title_retention()), office.retention(ctx.words(), List.of())));
    }

    /** Storage pressure: every service's purge with its shortened periods, least-needed data first; shows each outcome. */
    @POST
    @Path("/retention/storage-pressure")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance storagePressure(@RestForm String confirm) {
        if (!"yes".equals(confirm)) {
            return ctx.render(Templates.retention(page(ctx.msg().title_retention())
                    .withNotice(Page.Notice.refused(ctx.msg().refused_confirm(), null)), office.retention(ctx.words(), List.of())));
        }
        List<Console.StoragePressureRow> run = office.storagePressure(ctx.words());
        return ctx.render(Templates.retention(page(ctx.msg().title_retention())
                .withNotice(Page.Notice.done(ctx.msg().done_storage_pressure())), office.retention(ctx.words(), run)));
    }

    @GET
    @Path("/registry")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    public TemplateInstance registry() {
        return registryPage(null);
    }

    private TemplateInstance registryPage(Page.Notice notice) {
        return registryPage(notice, RegistryEditor.NewRecipient.EMPTY, RegistryEditor.NewRule.EMPTY);
    }

    private TemplateInstance registryPage(Page.Notice notice, RegistryEditor.NewRecipient recipientForm,
            RegistryEditor.NewRule ruleForm) {
        return ctx.render(Templates.registry(page(ctx.msg().title_registry()).withNotice(notice),
                office.registry(ctx.office(), recipientForm, ruleForm)));
    }

    /** Proposes registering a new recipient; a second officer applies it. Refused: the registry with the form as sent. */
    @POST
    @Path("/registry/recipients")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response proposeNewRecipient(@RestForm String id, @RestForm String name, @RestForm String kind,
            @RestForm String country, @RestForm String transferMechanism, @RestForm String contractReference,
            @RestForm String oidcClientId) {
        RegistryEditor.NewRecipient form = new RegistryEditor.NewRecipient(id, name, kind, country, transferMechanism,
                contractReference, oidcClientId);
        return proposal(() -> office.proposeNewRecipient(form),
                notice -> registryPage(notice, form, RegistryEditor.NewRule.EMPTY));
    }

    /**
     * Proposes a new rule for a recipient kind and purpose the data catalogue grants (a per-order one with its window); a
     * second officer applies it. Refused: the registry with the form as sent.
     */
    @POST
    @Path("/registry/rules")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response proposeNewRule(@RestForm String pair, @RestForm String legalBasis, @RestForm String requiresReason,
            @RestForm String description, @RestForm String opensAt, @RestForm List<String> closesAt, @RestForm String grace) {
        RegistryEditor.NewRule form = new RegistryEditor.NewRule(pair, legalBasis, "yes".equals(requiresReason), description,
                opensAt, closesAt, grace);
        return proposal(() -> office.proposeNewRule(form),
                notice -> registryPage(notice, RegistryEditor.NewRecipient.EMPTY, form));
    }

    /** Proposes a change of a rule (the whole rule, from the form and the rule as it is); a second officer applies it. */
    @POST
    @Path("/registry/rules/{id}")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response proposeRuleChange(@RestPath long id, @RestForm String version, @RestForm String legalBasis,
            @RestForm String requiresReason, @RestForm String description, @RestForm String opensAt,
            @RestForm List<String> closesAt, @RestForm String grace) {
        return proposal(() -> office.proposeRuleChange(id, version, legalBasis, "yes".equals(requiresReason), description,
                opensAt, closesAt, grace), this::registryPage);
    }

    /** Proposes removing a rule: only with the box ticked. */
    @POST
    @Path("/registry/rules/{id}/remove")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response proposeRuleRemoval(@RestPath long id, @RestForm String version, @RestForm String confirm) {
        if (!"yes".equals(confirm)) {
            return PrivacyResource.refused(registryPage(Page.Notice.refused(ctx.msg().refused_confirm(), null)), 422);
        }
        return proposal(() -> office.proposeRuleRemoval(id, version), this::registryPage);
    }

    @GET
    @Path("/registry/recipients/{id}")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    public TemplateInstance recipient(@RestPath String id) {
        return recipientPage(requireRecipientId(id), null);
    }

    private TemplateInstance recipientPage(String id, Page.Notice notice) {
        Console.RecipientDetail view = office.recipient(id, ctx.office()).orElseThrow(NotFoundException::new);
        return ctx.render(Templates.recipient(page(ctx.msg().title_recipient(view.name())).withNotice(notice), view));
    }

    /** Proposes a change of a recipient (deactivation included); a second officer applies it. */
    @POST
    @Path("/registry/recipients/{id}")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response proposeRecipientChange(@RestPath String id, @RestForm String version, @RestForm String name,
            @RestForm String country, @RestForm String transferMechanism, @RestForm String contractReference,
            @RestForm String active) {
        String recipient = requireRecipientId(id);
        return proposal(() -> office.proposeRecipientChange(recipient, version, name, country, transferMechanism,
                contractReference, "yes".equals(active)), notice -> recipientPage(recipient, notice));
    }

    /** A proposal made: to the proposals page; refused (stale form, invalid, the service's refusal): the form's page again. */
    private Response proposal(Supplier<Api.Proposal> propose,
            Function<Page.Notice, TemplateInstance> formPage) {
        long id;
        try {
            id = propose.get().id();
        } catch (RegistryEditor.StaleFormException e) {
            return PrivacyResource.refused(formPage.apply(Page.Notice.refused(ctx.msg().refused_stale(), null)), 409);
        } catch (PrivacyOffice.InvalidFormException e) {
            return PrivacyResource.refused(formPage.apply(Page.Notice.refused(ctx.msg().refused_invalid(), null)), 422);
        } catch (ApiException e) {
            if (!e.refusal() && e.status() != 403) {
                throw e;
            }
            return PrivacyResource.refused(formPage.apply(Notices.refusal(e, ctx.msg())), e.status());
        }
        return Response.seeOther(URI.create("/console/proposals?done=proposed#proposal-" + id)).build();
    }

    private static String requireRecipientId(String id) {
        if (id == null || !RegistryEditor.RECIPIENT_ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        return id;
    }

    // ---------------------------------------------------------------- change proposals

    @GET
    @Path("/proposals")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    public TemplateInstance proposals() {
        return proposalsPage(null);
    }

    private TemplateInstance proposalsPage(Page.Notice notice) {
        return ctx.render(Templates.proposals(page(ctx.msg().title_proposals()).withNotice(notice),
                office.proposals(ctx.subject(), ctx.office())));
    }

    /** Approve (and apply) or reject: a privacy officer other than the proposer (disclosure-service enforces it). */
    @POST
    @Path("/proposals/{id}/{decision}")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decideProposal(@RestPath long id, @RestPath String decision, @RestForm String note) {
        boolean approve = "approve".equals(decision);
        if (!approve && !"reject".equals(decision)) {
            throw new NotFoundException();
        }
        try {
            office.decideProposal(id, approve, note);
        } catch (ApiException e) {
            if (!e.refusal() && e.status() != 403) {
                throw e;
            }
            Page.Notice notice = e.status() == 403 ? Page.Notice.refused(ctx.msg().refused_second_person(), e.detail())
                    : Notices.refusal(e, ctx.msg());
            return PrivacyResource.refused(proposalsPage(notice), e.status());
        }
        return PrivacyResource.back("/console/proposals", approve ? "approved" : "rejected");
    }

    // ---------------------------------------------------------------- refusals and reads

    @GET
    @Path("/activity")
    @RolesAllowed(WebRoles.PRIVACY_OFFICER)
    public TemplateInstance activity() {
        return ctx.render(Templates.activity(page(ctx.msg().title_activity()), office.activity(ctx.office())));
    }

    private Page page(String title) {
        return ctx.page(PageContext.CONSOLE, title);
    }

}
