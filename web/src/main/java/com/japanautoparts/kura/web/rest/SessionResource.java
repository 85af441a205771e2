package com.japanautoparts.kura.web.rest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.Config;
import org.jboss.resteasy.reactive.RestForm;

import com.japanautoparts.kura.web.config.WebConfig;
import com.japanautoparts.kura.web.i18n.Languages;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The language switch and signing out; both are forms with a CSRF token like every other. */
@Path("/session")
public class SessionResource {

    /** A path of this site to return to: starts with one slash, no scheme, no host, no backslash. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/._~-]*");

    private final WebConfig config;
    private final String clientId;
    private final SecurityIdentity identity;
    private final OidcSession session;
    private final jakarta.enterprise.inject.Instance<OidcConfigurationMetadata> provider;

    public SessionResource(WebConfig config, Config quarkus,
            SecurityIdentity identity, OidcSession session, jakarta.enterprise.inject.Instance<OidcConfigurationMetadata> provider) {
        this.config = config;
        this.clientId = quarkus.getValue("quarkus.oidc.client-id", String.class);
        this.identity = identity;
        this.session = session;
        this.provider = provider;
    }

    /** Remembers the chosen language (a cookie, a year) and goes back to the page the switch was on. */
    @POST
    @Path("/language")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response language(@RestForm String lang, @RestForm("return") String returnTo) {
        List<String> offered = config.languages();
        String chosen = offered.contains(lang) ? lang : offered.get(0);
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(chosen).path("/")
                .maxAge((int) Duration.ofDays(365).toSeconds()).secure(true).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        String back = returnTo != null && LOCAL_PATH.matcher(returnTo).matches() ? returnTo : "/";
        return Response.seeOther(URI.create(back)).cookie(cookie).build();
    }

    /**
     * Ends the session here (the session cookie goes) and at Keycloak (RP-initiated logout with the ID token as hint),
     * which then sends the browser back to the start page.
     */
    @POST
    @Path("/logout")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> logout(@Context UriInfo uri) {
        URI start = uri.getBaseUriBuilder().replacePath("/").replaceQuery(null).build();
        URI next = start;
        String endSession = endSessionUri();
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        if (endSession != null) {
            UriBuilder builder = UriBuilder.fromUri(endSession).queryParam("client_id", clientId)
                    .queryParam("post_logout_redirect_uri", start);
            if (idToken != null && idToken.getToken() != null) {
                builder.queryParam("id_token_hint", idToken.getToken());
            }
            next = builder.build();
        }
        URI target = next;
        return session.logout().map(done -> Response.seeOther(target).build());
    }

    /** Keycloak's end-session endpoint from its discovery document; none under test identities. */
    private String endSessionUri() {
        try {
            return provider.isResolvable() ? provider.get().getEndSessionUri() : null;
        } catch (RuntimeException notAvailable) {
            return null;
        }
    }
}
