package com.japanautoparts.kura.web.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.japanautoparts.kura.web.config.WebConfig;
import com.japanautoparts.kura.web.i18n.AccessMsg;
import com.japanautoparts.kura.web.i18n.ChangesMsg;
import com.japanautoparts.kura.web.i18n.Formats;
import com.japanautoparts.kura.web.i18n.Languages;
import com.japanautoparts.kura.web.i18n.Msg;
import com.japanautoparts.kura.web.i18n.OfficeMsg;
import com.japanautoparts.kura.web.i18n.OfficeWords;
import com.japanautoparts.kura.web.i18n.Vocab;
import com.japanautoparts.kura.web.i18n.Words;
import com.japanautoparts.kura.web.security.WebRoles;
import com.japanautoparts.kura.web.view.Page;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;

/** One request's page frame: its language, who is signed in, the navigation their roles allow, the notice to show. */
@RequestScoped
public class PageContext {

    static final String PRIVACY = "privacy";
    static final String CONSOLE = "console";
    static final String START = "start";
    /** An error page: the frame without forms (language switch, sign-out) and without navigation. */
    static final String ERROR = "error";

    private final SecurityIdentity identity;
    private final HttpHeaders headers;
    private final UriInfo uri;
    private final String lang;
    private final Words words;

    public PageContext(SecurityIdentity identity, HttpHeaders headers, UriInfo uri, WebConfig config) {
        this.identity = identity;
        this.headers = headers;
        this.uri = uri;
        Cookie chosen = headers.getCookies().get(Languages.COOKIE);
        this.lang = Languages.choose(chosen == null ? null : chosen.getValue(),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), config.languages());
        Localized localized = Localized.Literal.of(lang);
        this.words = new Words(MessageBundles.get(Msg.class, localized), MessageBundles.get(Vocab.class, localized),
                new Formats(lang));
    }

    public String lang() {
        return lang;
    }

    public Msg msg() {
        return words.msg();
    }

    public Words words() {
        return words;
    }

    public Formats formats() {
        return words.formats();
    }

    /** The console's own vocabulary in this request's language. */
    public OfficeWords office() {
        Localized localized = Localized.Literal.of(lang);
        return new OfficeWords(MessageBundles.get(ChangesMsg.class, localized), MessageBundles.get(OfficeMsg.class, localized),
                words);
    }

    /** The texts of the access log and the export's window in this request's language. */
    public AccessMsg access() {
        return MessageBundles.get(AccessMsg.class, Localized.Literal.of(lang));
    }

    public boolean officer() {
        return identity.hasRole(WebRoles.PRIVACY_OFFICER);
    }

    public boolean staff() {
        return identity.hasRole(WebRoles.STAFF);
    }

    public boolean customer() {
        return identity.hasRole(WebRoles.CUSTOMER);
    }

    /** The signed-in person's subject (the token's sub), as the services know them; null when anonymous. */
    public String subject() {
        if (identity.isAnonymous()) {
            return null;
        }
        return identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getSubject()
                : identity.getPrincipal().getName();
    }

    /** The frame of a page in {@code area}, with its title, and the notice named by {@code ?done=} if any. */
    public Page page(String area, String title) {
        Page.Notice notice = Notices.done(uri.getQueryParameters().getFirst("done"), msg());
        return new Page(lang, title, uri.getPath(), !identity.isAnonymous(), userName(), area, nav(area), notice);
    }

    /** The template in this request's language. */
    public TemplateInstance render(TemplateInstance template) {
        return template.setLocale(words.formats().locale());
    }

    private String userName() {
        if (identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String claim : List.of("name", "preferred_username")) {
                Object value = jwt.getClaim(claim);
                if (value != null && !value.toString().isBlank()) {
                    return value.toString();
                }
            }
        }
        return identity.getPrincipal().getName();
    }

    private List<Page.NavItem> nav(String area) {
        Msg msg = msg();
        List<Page.NavItem> items = new ArrayList<>();
        if (PRIVACY.equals(area)) {
            add(items, "/privacy", msg.nav_overview(), true);
            add(items, "/privacy/data", msg.nav_my_data(), false);
            add(items, "/privacy/consents", msg.nav_consents(), false);
            add(items, "/privacy/recipients", msg.nav_recipients(), false);
            add(items, "/privacy/access-log", msg.nav_access_log(), false);
            add(items, "/privacy/requests", msg.nav_requests(), false);
            add(items, "/privacy/policy", msg.nav_policy(), false);
        } else if (CONSOLE.equals(area)) {
            add(items, "/console", msg.nav_overview(), true);
            if (officer()) {
                add(items, "/console/requests", msg.nav_office_requests(), false);
            }
            add(items, "/console/cases", msg.nav_cases(), false);
            if (officer()) {
                add(items, "/console/holds", msg.nav_holds(), false);
                add(items, "/console/ledger", msg.nav_ledger(), false);
                add(items, "/console/retention", msg.nav_retention(), false);
                add(items, "/console/registry", msg.nav_registry(), false);
                add(items, "/console/proposals", msg.nav_proposals(), false);
                add(items, "/console/activity", msg.nav_activity(), false);
            }
        }
        return items;
    }

    private void add(List<Page.NavItem> items, String href, String label, boolean exact) {
        String path = uri.getPath();
        boolean current = exact ? path.equals(href) : path.equals(href) || path.startsWith(href + "/");
        items.add(new Page.NavItem(href, label, current));
    }

    HttpHeaders headers() {
        return headers;
    }
}
